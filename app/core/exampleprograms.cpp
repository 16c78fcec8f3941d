#include "exampleprograms.h"

#include "payloadparser.h"

#include <QCoreApplication>
#include <QStringList>

namespace ExamplePrograms {
namespace {

// Holds the generators so lupdate files their tr() texts under one context,
// "ExamplePrograms", whatever function they sit in.
class Gen
{
    Q_DECLARE_TR_FUNCTIONS(ExamplePrograms)
public:
    static Program tcpClient(const QString &host, quint16 port, const QByteArray &payload, bool waitForReply);
    static Program tcpServer(const QString &address, quint16 port, TcpServerEngine::Mode mode,
                             const QString &replyTemplate, const QList<TcpServerEngine::Command> &commands);
    static Program udpSender(const QString &host, quint16 port, const QByteArray &payload,
                             const QString &bindAddress, quint16 bindPort);
    static Program udpReceiver(const QString &address, quint16 port, const QList<UdpReplyRule> &rules);
    static Program broadcastSender(const QString &address, quint16 port, const QByteArray &payload);
    static Program broadcastReceiver(quint16 port);
    static Program multicastSender(const QString &group, quint16 port, const QByteArray &payload, int ttl,
                                   bool loopback, const QString &interfaceAddress);
    static Program multicastReceiver(const QString &group, quint16 port, const QString &interfaceAddress);

    static QString truncationNote(const QByteArray &payload);
};

// A comment of one or more lines. Translations may hold line breaks; a
// trailing backslash would splice the next C++ line into the comment, so it
// is dropped.
QString comment(const QString &mark, const QString &text, int indent = 0)
{
    const QString pad(indent, u' ');
    QStringList lines;
    for (QString line : text.split(u'\n')) {
        while (line.endsWith(u'\\') || line.endsWith(u' '))
            line.chop(1);
        lines.append(pad + mark + u' ' + line);
    }
    return lines.join(u'\n');
}

QString py(const QString &text, int indent = 0)
{
    return comment(QStringLiteral("#"), text, indent);
}

QString cpp(const QString &text, int indent = 0)
{
    return comment(QStringLiteral("//"), text, indent);
}

QString hex2(uint value)
{
    return QString::number(value, 16).rightJustified(2, u'0');
}

QString hex4(uint value)
{
    return QString::number(value, 16).rightJustified(4, u'0');
}

QByteArray shown(const QByteArray &payload)
{
    return payload.left(MaxPayloadBytes);
}

QString port(quint16 value)
{
    return QString::number(value);
}

// The first lines of every Python program.
QString pyHeader(const QString &title)
{
    return py(title) + u'\n';
}

} // namespace

QString pythonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'\\')
            out += QLatin1String("\\\\");
        else if (u == u'"')
            out += QLatin1String("\\\"");
        else if (u == u'\n')
            out += QLatin1String("\\n");
        else if (u == u'\r')
            out += QLatin1String("\\r");
        else if (u == u'\t')
            out += QLatin1String("\\t");
        else if (u < 0x20 || (u >= 0x7f && u <= 0xa0))
            out += QLatin1String("\\x") + hex2(u);
        else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (QChar::isPrint(ucs4)) {
                out += c;
                out += text.at(i + 1);
            } else {
                out += QLatin1String("\\U") + QString::number(uint(ucs4), 16).rightJustified(8, u'0');
            }
            ++i;
        } else if (c.isSurrogate() || !c.isPrint()) {
            // A lone surrogate cannot be written as UTF-8 source; an invisible
            // character would confuse the student: both as escapes.
            out += QLatin1String("\\u") + hex4(u);
        } else {
            out += c;
        }
    }
    return out + u'"';
}

QString pythonBytes(const QByteArray &bytes)
{
    QString out = QStringLiteral("b\"");
    for (const char ch : bytes) {
        const uchar b = uchar(ch);
        if (b == '\\')
            out += QLatin1String("\\\\");
        else if (b == '"')
            out += QLatin1String("\\\"");
        else if (b == '\n')
            out += QLatin1String("\\n");
        else if (b == '\r')
            out += QLatin1String("\\r");
        else if (b == '\t')
            out += QLatin1String("\\t");
        else if (b >= 0x20 && b < 0x7f)
            out += QLatin1Char(char(b));
        else
            out += QLatin1String("\\x") + hex2(b);
    }
    return out + u'"';
}

QString cppString(const QByteArray &bytes)
{
    // Octal escapes always with three digits: unlike \x, they never swallow
    // a following digit. '?' is escaped against trigraphs in older modes.
    QString out = QStringLiteral("\"");
    for (const char ch : bytes) {
        const uchar b = uchar(ch);
        if (b == '\\' || b == '"' || b == '?')
            out += u'\\' + QLatin1Char(char(b));
        else if (b == '\n')
            out += QLatin1String("\\n");
        else if (b == '\r')
            out += QLatin1String("\\r");
        else if (b == '\t')
            out += QLatin1String("\\t");
        else if (b >= 0x20 && b < 0x7f)
            out += QLatin1Char(char(b));
        else
            out += u'\\' + QString::number(b, 8).rightJustified(3, u'0');
    }
    return out + u'"';
}

QString cppString(const QString &text)
{
    return cppString(text.toUtf8());
}

namespace {

QString cppQString(const QString &text)
{
    return QStringLiteral("QString::fromUtf8(%1)").arg(cppString(text));
}

QString cppBytes(const QByteArray &bytes)
{
    return QStringLiteral("QByteArray(%1, %2)").arg(cppString(bytes), QString::number(bytes.size()));
}

// The Python lines that pick the address family from the host as typed.
const QLatin1String pyFamily("family = socket.AF_INET6 if ':' in HOST else socket.AF_INET\n");

} // namespace

QString Gen::truncationNote(const QByteArray &payload)
{
    if (payload.size() <= MaxPayloadBytes)
        return QString();
    return tr("The payload has %n bytes; only the first %1 are written here.", nullptr, int(payload.size()))
        .arg(MaxPayloadBytes);
}

Program Gen::tcpClient(const QString &host, quint16 portNumber, const QByteArray &payload, bool waitForReply)
{
    const QString note = truncationNote(payload);
    Program p;
    p.python = pyHeader(waitForReply ? tr("NetLab TCP client: connect, send, wait for one reply, close.")
                                     : tr("NetLab TCP client: connect, send, close."));
    p.python += QStringLiteral("import socket\n\nHOST = %1\nPORT = %2\n\n")
                    .arg(pythonString(host), port(portNumber));
    p.python += py(tr("socket(): a TCP socket for IPv4, or IPv6 when the host is an IPv6 address.")) + u'\n';
    p.python += pyFamily;
    p.python += QLatin1String("with socket.socket(family, socket.SOCK_STREAM) as s:\n");
    p.python += py(tr("connect(): the three-way handshake with the server."), 4) + u'\n';
    p.python += QLatin1String("    s.connect((HOST, PORT))\n");
    p.python += py(tr("send(): sendall() repeats send() until every byte is out."), 4) + u'\n';
    if (!note.isEmpty())
        p.python += py(note, 4) + u'\n';
    p.python += QStringLiteral("    s.sendall(%1)\n").arg(pythonBytes(shown(payload)));
    if (waitForReply) {
        p.python += py(tr("recv(): wait at most 10 seconds for the reply."), 4) + u'\n';
        p.python += QLatin1String("    s.settimeout(10)\n"
                                  "    try:\n"
                                  "        reply = s.recv(4096)\n"
                                  "        print(reply.decode('utf-8', errors='replace'))\n"
                                  "    except socket.timeout:\n");
        p.python
            += QStringLiteral("        print(%1)\n").arg(pythonString(tr("No reply within 10 seconds.")));
    }
    p.python += py(tr("close(): leaving the with block closes the socket.")) + u'\n';

    p.cppQt = cpp(waitForReply ? tr("NetLab TCP client: connect, send, wait for one reply, close.")
                               : tr("NetLab TCP client: connect, send, close."))
        + u'\n';
    p.cppQt += QLatin1String("#include <QCoreApplication>\n#include <QTcpSocket>\n\n#include <cstdio>\n\n"
                             "int main(int argc, char *argv[])\n{\n"
                             "    QCoreApplication app(argc, argv);\n");
    p.cppQt += QStringLiteral("    const QString host = %1;\n    const quint16 port = %2;\n")
                   .arg(cppQString(host), port(portNumber));
    if (!note.isEmpty())
        p.cppQt += cpp(note, 4) + u'\n';
    p.cppQt += QStringLiteral("    const QByteArray payload = %1;\n\n").arg(cppBytes(shown(payload)));
    p.cppQt += cpp(tr("socket() and connect(): blocking calls, at most 5 seconds."), 4) + u'\n';
    p.cppQt += QLatin1String(
        "    QTcpSocket socket;\n"
        "    socket.connectToHost(host, port);\n"
        "    if (!socket.waitForConnected(5000)) {\n"
        "        std::fprintf(stderr, \"connect: %s\\n\", qPrintable(socket.errorString()));\n"
        "        return 1;\n"
        "    }\n");
    p.cppQt += cpp(tr("send()"), 4) + u'\n';
    p.cppQt += QLatin1String("    socket.write(payload);\n    socket.waitForBytesWritten(5000);\n");
    if (waitForReply) {
        p.cppQt += cpp(tr("recv(): wait at most 10 seconds for the reply."), 4) + u'\n';
        p.cppQt += QLatin1String("    if (socket.waitForReadyRead(10000)) {\n"
                                 "        const QByteArray reply = socket.readAll();\n"
                                 "        std::fwrite(reply.constData(), 1, size_t(reply.size()), stdout);\n"
                                 "        std::fputc('\\n', stdout);\n"
                                 "    } else {\n");
        p.cppQt += QStringLiteral("        std::fprintf(stderr, \"%s\\n\", %1);\n")
                       .arg(cppString(tr("No reply within 10 seconds.")));
        p.cppQt += QLatin1String("    }\n");
    }
    p.cppQt += cpp(tr("close(): a clean FIN, then wait for the server's side."), 4) + u'\n';
    p.cppQt += QLatin1String("    socket.disconnectFromHost();\n"
                             "    if (socket.state() != QAbstractSocket::UnconnectedState)\n"
                             "        socket.waitForDisconnected(2000);\n"
                             "    return 0;\n}\n");
    return p;
}

Program Gen::tcpServer(const QString &address, quint16 portNumber, TcpServerEngine::Mode mode,
                       const QString &replyTemplate, const QList<TcpServerEngine::Command> &commands)
{
    using Mode = TcpServerEngine::Mode;
    QString title;
    switch (mode) {
    case Mode::ReplyOnce:
        title = tr("NetLab TCP server: each client gets one reply, then the server closes the connection.");
        break;
    case Mode::Conversation:
        title
            = tr("NetLab TCP server: one client at a time, answering commands; others wait in the backlog.");
        break;
    case Mode::ThreadPerClient:
        title = tr("NetLab TCP server: one thread per client, each with a blocking loop.");
        break;
    case Mode::EventLoop:
        title = tr("NetLab TCP server: one thread serves every client through an event loop.");
        break;
    }
    // The engine matches the first command whose word equals the message,
    // ignoring case; keep only that one per word so a dictionary agrees.
    QList<TcpServerEngine::Command> used;
    QStringList seen;
    if (mode == Mode::Conversation) {
        for (const TcpServerEngine::Command &command : commands) {
            const QString key = command.word.toLower();
            if (command.word.isEmpty() || seen.contains(key))
                continue;
            seen.append(key);
            used.append(command);
        }
    }

    Program p;
    // ---- Python
    QString &s = p.python;
    s = pyHeader(title);
    s += mode == Mode::ThreadPerClient ? QLatin1String("import socket, threading, time\n\n")
        : mode == Mode::EventLoop      ? QLatin1String("import selectors, socket, time\n\n")
                                       : QLatin1String("import socket, time\n\n");
    s += py(tr("An empty HOST means every local address; PORT 0 lets the system choose a free port."))
        + u'\n';
    s += QStringLiteral("HOST = %1\nPORT = %2\n").arg(pythonString(address), port(portNumber));
    s += py(tr("{message}, {time} and {peer} are filled in for each reply.")) + u'\n';
    s += QStringLiteral("REPLY = %1\n").arg(pythonString(replyTemplate));
    if (mode == Mode::Conversation) {
        s += py(tr("Commands (compared ignoring case): word -> (reply, close after replying)")) + u'\n';
        s += QLatin1String("COMMANDS = {\n");
        for (const TcpServerEngine::Command &command : std::as_const(used))
            s += QStringLiteral("    %1: (%2, %3),\n")
                     .arg(pythonString(command.word.toLower()), pythonString(command.replyTemplate),
                          command.closeAfterReply ? QStringLiteral("True") : QStringLiteral("False"));
        s += QLatin1String("}\n");
    }
    s += QLatin1String("\n\ndef reply_for(template, data, addr):\n");
    s += py(tr("The reply to one message: the line ending is cut off, and put back after the reply.\n"
               "{message} goes in last, so braces in the message itself are never replaced."),
            4)
        + u'\n';
    s += QLatin1String(
        "    ending = b'\\r\\n' if data.endswith(b'\\r\\n') else b'\\n' if data.endswith(b'\\n') else b''\n"
        "    message = data[:len(data) - len(ending)].decode('utf-8', errors='replace')\n"
        "    peer = f'[{addr[0]}]:{addr[1]}' if ':' in addr[0] else f'{addr[0]}:{addr[1]}'\n"
        "    text = template.replace('{time}', time.strftime('%Y-%m-%d %H:%M:%S')).replace('{peer}', peer)\n"
        "    return text.replace('{message}', message).encode('utf-8') + ending\n\n\n");
    if (mode == Mode::ThreadPerClient) {
        s += QLatin1String("def serve(conn, addr):\n");
        s += py(tr("Runs in its own thread: a blocking recv()/send() loop until the client closes."), 4)
            + u'\n';
        s += QLatin1String("    with conn:\n"
                           "        while data := conn.recv(4096):\n"
                           "            conn.sendall(reply_for(REPLY, data, addr))\n\n\n");
    }
    s += py(tr("socket(), bind() and listen(); SO_REUSEADDR allows a restart at once.")) + u'\n';
    s += pyFamily;
    s += QLatin1String("server = socket.socket(family, socket.SOCK_STREAM)\n"
                       "server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
                       "server.bind((HOST, PORT))\n"
                       "server.listen(5)\n"
                       "print('READY', server.getsockname()[1], flush=True)\n");
    switch (mode) {
    case Mode::ReplyOnce:
        s += QLatin1String("while True:\n");
        s += py(tr("accept() waits for the next client; recv() reads one message."), 4) + u'\n';
        s += QLatin1String("    conn, addr = server.accept()\n"
                           "    data = conn.recv(4096)\n"
                           "    if data:\n"
                           "        conn.sendall(reply_for(REPLY, data, addr))\n"
                           "    conn.close()\n");
        break;
    case Mode::Conversation:
        s += QLatin1String("while True:\n");
        s += py(tr("accept() takes the next client from the backlog; the others wait."), 4) + u'\n';
        s += QLatin1String("    conn, addr = server.accept()\n"
                           "    with conn:\n"
                           "        while data := conn.recv(4096):\n"
                           "            word = data.decode('utf-8', errors='replace').strip().lower()\n"
                           "            template, close_after = COMMANDS.get(word, (REPLY, False))\n"
                           "            conn.sendall(reply_for(template, data, addr))\n"
                           "            if close_after:\n"
                           "                break\n");
        break;
    case Mode::ThreadPerClient:
        s += QLatin1String("while True:\n"
                           "    conn, addr = server.accept()\n"
                           "    threading.Thread(target=serve, args=(conn, addr), daemon=True).start()\n");
        break;
    case Mode::EventLoop:
        s += py(tr("select(): wait until the server or any client has something to read.")) + u'\n';
        s += QLatin1String("server.setblocking(False)\n"
                           "selector = selectors.DefaultSelector()\n"
                           "selector.register(server, selectors.EVENT_READ)\n"
                           "while True:\n"
                           "    for key, _ in selector.select():\n"
                           "        if key.fileobj is server:\n"
                           "            conn, addr = server.accept()\n"
                           "            selector.register(conn, selectors.EVENT_READ, addr)\n"
                           "            continue\n"
                           "        data = key.fileobj.recv(4096)\n"
                           "        if data:\n"
                           "            key.fileobj.sendall(reply_for(REPLY, data, key.data))\n"
                           "        else:\n"
                           "            selector.unregister(key.fileobj)\n"
                           "            key.fileobj.close()\n");
        break;
    }

    // ---- C++/Qt
    QString &c = p.cppQt;
    c = cpp(title) + u'\n';
    c += QLatin1String("#include <QCoreApplication>\n#include <QDateTime>\n#include <QTcpServer>\n"
                       "#include <QTcpSocket>\n\n#include <cstdio>\n");
    if (mode == Mode::ThreadPerClient)
        c += QLatin1String("#include <thread>\n");
    if (mode == Mode::Conversation)
        c += QLatin1String("#include <vector>\n");
    c += u'\n';
    c += cpp(tr("{message}, {time} and {peer} are filled in for each reply.")) + u'\n';
    c += QStringLiteral("static const QString replyTemplate = %1;\n").arg(cppQString(replyTemplate));
    if (mode == Mode::Conversation) {
        c += QLatin1String(
            "\nstruct Command\n{\n    QString word;\n    QString reply;\n    bool closeAfter;\n};\n");
        c += cpp(tr("Commands, compared with the whole message ignoring case.")) + u'\n';
        c += QLatin1String("static const std::vector<Command> commands = {\n");
        for (const TcpServerEngine::Command &command : std::as_const(used))
            c += QStringLiteral("    {%1, %2, %3},\n")
                     .arg(cppQString(command.word), cppQString(command.replyTemplate),
                          command.closeAfterReply ? QStringLiteral("true") : QStringLiteral("false"));
        c += QLatin1String("};\n");
    }
    c += u'\n';
    c += cpp(tr("The reply to one message: the line ending is cut off, and put back after the reply.\n"
                "{message} goes in last, so braces in the message itself are never replaced."))
        + u'\n';
    c += QLatin1String(
        "static QByteArray replyFor(const QString &templ, const QByteArray &data, const QString &peer)\n"
        "{\n"
        "    const QByteArray ending = data.endsWith(\"\\r\\n\") ? QByteArray(\"\\r\\n\") : "
        "data.endsWith('\\n') ? QByteArray(\"\\n\") : QByteArray();\n"
        "    const QString message = QString::fromUtf8(data.left(data.size() - ending.size()));\n"
        "    QString text = templ;\n"
        "    text.replace(QStringLiteral(\"{time}\"), "
        "QDateTime::currentDateTime().toString(QStringLiteral(\"yyyy-MM-dd HH:mm:ss\")));\n"
        "    text.replace(QStringLiteral(\"{peer}\"), peer);\n"
        "    return text.replace(QStringLiteral(\"{message}\"), message).toUtf8() + ending;\n"
        "}\n\n"
        "static QString peerOf(const QTcpSocket &socket)\n"
        "{\n"
        "    const QString host = socket.peerAddress().toString();\n"
        "    const QString port = QString::number(socket.peerPort());\n"
        "    return host.contains(u':') ? QStringLiteral(\"[%1]:%2\").arg(host, port) : "
        "QStringLiteral(\"%1:%2\").arg(host, port);\n"
        "}\n\n");
    if (mode == Mode::ThreadPerClient) {
        c += cpp(tr("Runs in its own thread: a blocking read/write loop until the client closes.")) + u'\n';
        c += QLatin1String("static void serveClient(qintptr descriptor)\n"
                           "{\n"
                           "    QTcpSocket socket;\n"
                           "    if (!socket.setSocketDescriptor(descriptor))\n"
                           "        return;\n"
                           "    const QString peer = peerOf(socket);\n"
                           "    while (socket.bytesAvailable() > 0 || socket.waitForReadyRead(-1)) {\n"
                           "        socket.write(replyFor(replyTemplate, socket.readAll(), peer));\n"
                           "        socket.waitForBytesWritten(-1);\n"
                           "    }\n"
                           "}\n\n");
        c += cpp(tr("accept() happens inside QTcpServer; each new socket descriptor gets a thread.")) + u'\n';
        c += QLatin1String("class ThreadedServer : public QTcpServer\n"
                           "{\n"
                           "protected:\n"
                           "    void incomingConnection(qintptr descriptor) override\n"
                           "    {\n"
                           "        std::thread(serveClient, descriptor).detach();\n"
                           "    }\n"
                           "};\n\n");
    }
    c += QLatin1String("int main(int argc, char *argv[])\n{\n    QCoreApplication app(argc, argv);\n");
    c += cpp(tr("An empty address means every local address; port 0 lets the system choose a free port."), 4)
        + u'\n';
    c += address.isEmpty() ? QStringLiteral("    const QHostAddress address(QHostAddress::Any);\n")
                           : QStringLiteral("    const QHostAddress address(%1);\n").arg(cppQString(address));
    c += QStringLiteral("    const quint16 port = %1;\n").arg(port(portNumber));
    c += cpp(tr("socket(), bind() and listen() in one call."), 4) + u'\n';
    c += mode == Mode::ThreadPerClient ? QLatin1String("    ThreadedServer server;\n")
                                       : QLatin1String("    QTcpServer server;\n");
    c += QLatin1String("    if (!server.listen(address, port)) {\n"
                       "        std::fprintf(stderr, \"listen: %s\\n\", qPrintable(server.errorString()));\n"
                       "        return 1;\n"
                       "    }\n"
                       "    std::printf(\"READY %u\\n\", unsigned(server.serverPort()));\n"
                       "    std::fflush(stdout);\n");
    switch (mode) {
    case Mode::ReplyOnce:
        c += cpp(tr("accept() waits for the next client; one message, one reply, close."), 4) + u'\n';
        c += QLatin1String(
            "    while (server.waitForNewConnection(-1)) {\n"
            "        QTcpSocket *client = server.nextPendingConnection();\n"
            "        if (client->waitForReadyRead(10000)) {\n"
            "            client->write(replyFor(replyTemplate, client->readAll(), peerOf(*client)));\n"
            "            client->waitForBytesWritten(5000);\n"
            "        }\n"
            "        client->disconnectFromHost();\n"
            "        if (client->state() != QAbstractSocket::UnconnectedState)\n"
            "            client->waitForDisconnected(2000);\n"
            "        delete client;\n"
            "    }\n"
            "    return 0;\n}\n");
        break;
    case Mode::Conversation:
        c += cpp(tr("accept() takes the next client from the backlog; the others wait."), 4) + u'\n';
        c += QLatin1String(
            "    while (server.waitForNewConnection(-1)) {\n"
            "        QTcpSocket *client = server.nextPendingConnection();\n"
            "        const QString peer = peerOf(*client);\n"
            "        bool open = true;\n"
            "        while (open && (client->bytesAvailable() > 0 || client->waitForReadyRead(-1))) {\n"
            "            const QByteArray data = client->readAll();\n"
            "            const QString word = QString::fromUtf8(data).trimmed();\n"
            "            QString templ = replyTemplate;\n"
            "            for (const Command &command : commands) {\n"
            "                if (word.compare(command.word, Qt::CaseInsensitive) == 0) {\n"
            "                    templ = command.reply;\n"
            "                    open = !command.closeAfter;\n"
            "                    break;\n"
            "                }\n"
            "            }\n"
            "            client->write(replyFor(templ, data, peer));\n"
            "            client->waitForBytesWritten(5000);\n"
            "        }\n"
            "        client->disconnectFromHost();\n"
            "        if (client->state() != QAbstractSocket::UnconnectedState)\n"
            "            client->waitForDisconnected(2000);\n"
            "        delete client;\n"
            "    }\n"
            "    return 0;\n}\n");
        break;
    case Mode::ThreadPerClient:
        c += cpp(tr("The event loop hands each new connection to incomingConnection()."), 4) + u'\n';
        c += QLatin1String("    return app.exec();\n}\n");
        break;
    case Mode::EventLoop:
        c += cpp(tr("No blocking calls: signals say when a client arrives, sends, or leaves."), 4) + u'\n';
        c += QLatin1String(
            "    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {\n"
            "        while (QTcpSocket *client = server.nextPendingConnection()) {\n"
            "            const QString peer = peerOf(*client);\n"
            "            QObject::connect(client, &QTcpSocket::readyRead, client, [client, peer] {\n"
            "                client->write(replyFor(replyTemplate, client->readAll(), peer));\n"
            "            });\n"
            "            QObject::connect(client, &QTcpSocket::disconnected, client, "
            "&QObject::deleteLater);\n"
            "        }\n"
            "    });\n"
            "    return app.exec();\n}\n");
        break;
    }
    return p;
}

Program Gen::udpSender(const QString &host, quint16 portNumber, const QByteArray &payload,
                       const QString &bindAddress, quint16 bindPort)
{
    const QString note = truncationNote(payload);
    const bool bind = !bindAddress.isEmpty();
    const QString title = tr("NetLab UDP sender: send one datagram, then wait 2 seconds for an answer.");
    const QString noAnswer = tr("No answer within 2 seconds (UDP does not promise one).");
    Program p;
    QString &s = p.python;
    s = pyHeader(title);
    s += QStringLiteral("import socket\n\nHOST = %1\nPORT = %2\n").arg(pythonString(host), port(portNumber));
    if (!note.isEmpty())
        s += py(note) + u'\n';
    s += QStringLiteral("PAYLOAD = %1\n\n").arg(pythonBytes(shown(payload)));
    s += py(tr("socket(): a UDP socket; no connection is made.")) + u'\n';
    s += pyFamily;
    s += QLatin1String("with socket.socket(family, socket.SOCK_DGRAM) as s:\n");
    if (bind) {
        s += py(tr("bind(): send from this local address and port (0: any free port)."), 4) + u'\n';
        s += QStringLiteral("    s.bind((%1, %2))\n").arg(pythonString(bindAddress), port(bindPort));
    }
    s += py(tr("sendto(): one datagram to HOST:PORT."), 4) + u'\n';
    s += QLatin1String("    s.sendto(PAYLOAD, (HOST, PORT))\n"
                       "    s.settimeout(2)\n"
                       "    try:\n");
    s += py(tr("recvfrom(): the answer and who sent it."), 8) + u'\n';
    s += QLatin1String("        data, sender = s.recvfrom(65535)\n"
                       "        print(sender, data)\n"
                       "    except socket.timeout:\n");
    s += QStringLiteral("        print(%1)\n").arg(pythonString(noAnswer));

    QString &c = p.cppQt;
    c = cpp(title) + u'\n';
    c += QLatin1String("#include <QCoreApplication>\n#include <QHostInfo>\n#include <QNetworkDatagram>\n"
                       "#include <QUdpSocket>\n\n#include <cstdio>\n\n"
                       "int main(int argc, char *argv[])\n{\n    QCoreApplication app(argc, argv);\n");
    c += QStringLiteral("    const QString host = %1;\n    const quint16 port = %2;\n")
             .arg(cppQString(host), port(portNumber));
    if (!note.isEmpty())
        c += cpp(note, 4) + u'\n';
    c += QStringLiteral("    const QByteArray payload = %1;\n\n").arg(cppBytes(shown(payload)));
    c += cpp(tr("A name is looked up first (getaddrinfo()); an address is used as it is."), 4) + u'\n';
    c += QLatin1String("    QHostAddress address(host);\n"
                       "    if (address.isNull()) {\n"
                       "        const QList<QHostAddress> found = QHostInfo::fromName(host).addresses();\n"
                       "        if (found.isEmpty()) {\n"
                       "            std::fprintf(stderr, \"%s: not found\\n\", qPrintable(host));\n"
                       "            return 1;\n"
                       "        }\n"
                       "        address = found.first();\n"
                       "    }\n"
                       "    QUdpSocket socket;\n");
    if (bind) {
        c += cpp(tr("bind(): send from this local address and port (0: any free port)."), 4) + u'\n';
        c += QStringLiteral("    if (!socket.bind(QHostAddress(%1), %2)) {\n")
                 .arg(cppQString(bindAddress), port(bindPort));
        c += QLatin1String(
            "        std::fprintf(stderr, \"bind: %s\\n\", qPrintable(socket.errorString()));\n"
            "        return 1;\n"
            "    }\n");
    }
    c += cpp(tr("sendto(): one datagram to host:port."), 4) + u'\n';
    c += QLatin1String("    if (socket.writeDatagram(payload, address, port) < 0) {\n"
                       "        std::fprintf(stderr, \"sendto: %s\\n\", qPrintable(socket.errorString()));\n"
                       "        return 1;\n"
                       "    }\n");
    c += cpp(tr("recvfrom(): the answer and who sent it."), 4) + u'\n';
    c += QLatin1String(
        "    if (socket.waitForReadyRead(2000)) {\n"
        "        const QNetworkDatagram answer = socket.receiveDatagram();\n"
        "        std::printf(\"%s:%u \", qPrintable(answer.senderAddress().toString()), "
        "unsigned(answer.senderPort()));\n"
        "        std::fwrite(answer.data().constData(), 1, size_t(answer.data().size()), stdout);\n"
        "        std::fputc('\\n', stdout);\n"
        "    } else {\n");
    c += QStringLiteral("        std::printf(\"%s\\n\", %1);\n").arg(cppString(noAnswer));
    c += QLatin1String("    }\n    return 0;\n}\n");
    return p;
}

Program Gen::udpReceiver(const QString &address, quint16 portNumber, const QList<UdpReplyRule> &rules)
{
    const QString title = tr("NetLab UDP receiver: print every datagram; answer those that match a rule.");
    auto how = [](UdpReplyRule::Match match) {
        switch (match) {
        case UdpReplyRule::Match::Exact: return QStringLiteral("exact");
        case UdpReplyRule::Match::Contains: return QStringLiteral("contains");
        case UdpReplyRule::Match::RegularExpression: break;
        }
        return QStringLiteral("regex");
    };
    auto replyBytes = [](const UdpReplyRule &rule) {
        const PayloadResult parsed = PayloadParser::parseText(rule.reply, rule.encoding, true);
        return parsed.ok() ? parsed.bytes : rule.reply.toUtf8();
    };
    Program p;
    QString &s = p.python;
    s = pyHeader(title);
    s += QLatin1String("import re\nimport socket\n\n");
    s += py(tr("An empty HOST means every local address; PORT 0 lets the system choose a free port."))
        + u'\n';
    s += QStringLiteral("HOST = %1\nPORT = %2\n").arg(pythonString(address), port(portNumber));
    s += py(tr("Rules, first match wins: (how, pattern, ignore case, ignore line ending, encoding, reply)"))
        + u'\n';
    s += QLatin1String("RULES = [\n");
    for (const UdpReplyRule &rule : rules)
        s += QStringLiteral("    (%1, %2, %3, %4, %5, %6),\n")
                 .arg(pythonString(how(rule.match)), pythonString(rule.pattern),
                      rule.caseInsensitive ? QStringLiteral("True") : QStringLiteral("False"),
                      rule.ignoreLineEnding ? QStringLiteral("True") : QStringLiteral("False"),
                      pythonString(rule.encoding.toLower()), pythonBytes(replyBytes(rule)));
    s += QLatin1String("]\n\n\ndef answer_for(data):\n"
                       "    for how, pattern, ignore_case, ignore_ending, encoding, reply in RULES:\n"
                       "        body = data\n"
                       "        if ignore_ending:\n"
                       "            body = body[:-2] if body.endswith(b'\\r\\n') else body[:-1] if "
                       "body.endswith(b'\\n') else body\n"
                       "        text = body.decode(encoding, errors='replace')\n"
                       "        if how != 'regex':\n"
                       "            pattern = re.escape(pattern)\n"
                       "        search = re.fullmatch if how == 'exact' else re.search\n"
                       "        if search(pattern, text, re.IGNORECASE if ignore_case else 0):\n"
                       "            return reply\n"
                       "    return None\n\n\n");
    s += py(tr("socket() and bind(): datagrams sent to PORT arrive here.")) + u'\n';
    s += pyFamily;
    s += QLatin1String("with socket.socket(family, socket.SOCK_DGRAM) as s:\n"
                       "    s.bind((HOST, PORT))\n"
                       "    print('READY', s.getsockname()[1], flush=True)\n"
                       "    while True:\n");
    s += py(tr("recvfrom(): one whole datagram, and who sent it."), 8) + u'\n';
    s += QLatin1String("        data, sender = s.recvfrom(65535)\n"
                       "        print(sender, data, flush=True)\n"
                       "        reply = answer_for(data)\n"
                       "        if reply is not None:\n"
                       "            s.sendto(reply, sender)\n");

    QString &c = p.cppQt;
    c = cpp(title) + u'\n';
    c += QLatin1String(
        "#include <QCoreApplication>\n#include <QNetworkDatagram>\n#include <QRegularExpression>\n"
        "#include <QStringDecoder>\n#include <QUdpSocket>\n\n#include <cstdio>\n#include <vector>\n\n"
        "enum class How { Exact, Contains, Regex };\n\n"
        "struct Rule\n{\n    How how;\n    QString pattern;\n    bool ignoreCase;\n"
        "    bool ignoreLineEnding;\n    const char *encoding;\n    QByteArray reply;\n};\n\n");
    c += cpp(tr("Rules, first match wins.")) + u'\n';
    c += QLatin1String("static const std::vector<Rule> rules = {\n");
    for (const UdpReplyRule &rule : rules) {
        const QString h = rule.match == UdpReplyRule::Match::Exact ? QStringLiteral("How::Exact")
            : rule.match == UdpReplyRule::Match::Contains          ? QStringLiteral("How::Contains")
                                                                   : QStringLiteral("How::Regex");
        c += QStringLiteral("    {%1, %2, %3, %4, %5, %6},\n")
                 .arg(h, cppQString(rule.pattern),
                      rule.caseInsensitive ? QStringLiteral("true") : QStringLiteral("false"),
                      rule.ignoreLineEnding ? QStringLiteral("true") : QStringLiteral("false"),
                      cppString(rule.encoding), cppBytes(replyBytes(rule)));
    }
    c += QLatin1String(
        "};\n\n"
        "static const Rule *ruleFor(const QByteArray &data)\n"
        "{\n"
        "    for (const Rule &rule : rules) {\n"
        "        QByteArray body = data;\n"
        "        if (rule.ignoreLineEnding && body.endsWith('\\n'))\n"
        "            body.chop(body.endsWith(\"\\r\\n\") ? 2 : 1);\n"
        "        QStringDecoder decoder(rule.encoding);\n"
        "        const QString text = decoder.isValid() ? QString(decoder(body)) : QString::fromUtf8(body);\n"
        "        QString pattern = rule.pattern;\n"
        "        if (rule.how != How::Regex)\n"
        "            pattern = QRegularExpression::escape(pattern);\n"
        "        if (rule.how == How::Exact)\n"
        "            pattern = QRegularExpression::anchoredPattern(pattern);\n"
        "        const QRegularExpression re(pattern, rule.ignoreCase ? "
        "QRegularExpression::CaseInsensitiveOption\n"
        "                                                             : "
        "QRegularExpression::NoPatternOption);\n"
        "        if (re.match(text).hasMatch())\n"
        "            return &rule;\n"
        "    }\n"
        "    return nullptr;\n"
        "}\n\n"
        "int main(int argc, char *argv[])\n{\n    QCoreApplication app(argc, argv);\n");
    c += cpp(tr("An empty address means every local address; port 0 lets the system choose a free port."), 4)
        + u'\n';
    c += address.isEmpty() ? QStringLiteral("    const QHostAddress address(QHostAddress::Any);\n")
                           : QStringLiteral("    const QHostAddress address(%1);\n").arg(cppQString(address));
    c += QStringLiteral("    const quint16 port = %1;\n").arg(port(portNumber));
    c += cpp(tr("socket() and bind(): datagrams sent to the port arrive here."), 4) + u'\n';
    c += QLatin1String("    QUdpSocket socket;\n"
                       "    if (!socket.bind(address, port)) {\n"
                       "        std::fprintf(stderr, \"bind: %s\\n\", qPrintable(socket.errorString()));\n"
                       "        return 1;\n"
                       "    }\n"
                       "    std::printf(\"READY %u\\n\", unsigned(socket.localPort()));\n"
                       "    std::fflush(stdout);\n");
    c += cpp(tr("recvfrom(): wait for datagrams, one whole datagram at a time."), 4) + u'\n';
    c += QLatin1String(
        "    while (socket.waitForReadyRead(-1)) {\n"
        "        while (socket.hasPendingDatagrams()) {\n"
        "            const QNetworkDatagram datagram = socket.receiveDatagram();\n"
        "            std::printf(\"%s:%u \", qPrintable(datagram.senderAddress().toString()), "
        "unsigned(datagram.senderPort()));\n"
        "            std::fwrite(datagram.data().constData(), 1, size_t(datagram.data().size()), stdout);\n"
        "            std::fputc('\\n', stdout);\n"
        "            std::fflush(stdout);\n"
        "            if (const Rule *rule = ruleFor(datagram.data()))\n"
        "                socket.writeDatagram(rule->reply, datagram.senderAddress(), "
        "datagram.senderPort());\n"
        "        }\n"
        "    }\n"
        "    return 0;\n}\n");
    return p;
}

Program Gen::broadcastSender(const QString &address, quint16 portNumber, const QByteArray &payload)
{
    const QString note = truncationNote(payload);
    const QString title = tr("NetLab broadcast sender: one datagram to every host on the local network.");
    Program p;
    QString &s = p.python;
    s = pyHeader(title);
    s += QStringLiteral("import socket\n\nADDRESS = %1\nPORT = %2\n")
             .arg(pythonString(address), port(portNumber));
    if (!note.isEmpty())
        s += py(note) + u'\n';
    s += QStringLiteral("PAYLOAD = %1\n\n").arg(pythonBytes(shown(payload)));
    s += QLatin1String("with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:\n");
    s += py(tr("setsockopt(SO_BROADCAST): without it, sending to a broadcast address fails."), 4) + u'\n';
    s += QLatin1String("    s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)\n"
                       "    s.sendto(PAYLOAD, (ADDRESS, PORT))\n");

    QString &c = p.cppQt;
    c = cpp(title) + u'\n';
    c += QLatin1String("#include <QCoreApplication>\n#include <QUdpSocket>\n\n#include <cstdio>\n\n"
                       "int main(int argc, char *argv[])\n{\n    QCoreApplication app(argc, argv);\n");
    c += QStringLiteral("    const QHostAddress address(%1);\n    const quint16 port = %2;\n")
             .arg(cppQString(address), port(portNumber));
    if (!note.isEmpty())
        c += cpp(note, 4) + u'\n';
    c += QStringLiteral("    const QByteArray payload = %1;\n\n").arg(cppBytes(shown(payload)));
    c += cpp(tr("QUdpSocket sets SO_BROADCAST itself; sendto() one datagram."), 4) + u'\n';
    c += QLatin1String("    QUdpSocket socket;\n"
                       "    if (socket.writeDatagram(payload, address, port) < 0) {\n"
                       "        std::fprintf(stderr, \"sendto: %s\\n\", qPrintable(socket.errorString()));\n"
                       "        return 1;\n"
                       "    }\n"
                       "    return 0;\n}\n");
    return p;
}

namespace {
// Shared by the broadcast and multicast receivers, in both languages: the
// socket bound to every address on a port other receivers may share, and the
// end of the program, which says READY with the port and then prints each
// datagram with its sender, forever.
QLatin1String pyPrintDatagrams()
{
    return QLatin1String("    print('READY', s.getsockname()[1], flush=True)\n"
                         "    while True:\n"
                         "        data, sender = s.recvfrom(65535)\n"
                         "        print(sender, data, flush=True)\n");
}

QLatin1String cppBindShared()
{
    return QLatin1String("    QUdpSocket socket;\n"
                         "    if (!socket.bind(QHostAddress::AnyIPv4, port, QUdpSocket::ShareAddress | "
                         "QUdpSocket::ReuseAddressHint)) {\n"
                         "        std::fprintf(stderr, \"bind: %s\\n\", qPrintable(socket.errorString()));\n"
                         "        return 1;\n"
                         "    }\n");
}

QLatin1String cppPrintDatagrams()
{
    return QLatin1String(
        "    std::printf(\"READY %u\\n\", unsigned(socket.localPort()));\n"
        "    std::fflush(stdout);\n"
        "    while (socket.waitForReadyRead(-1)) {\n"
        "        while (socket.hasPendingDatagrams()) {\n"
        "            const QNetworkDatagram datagram = socket.receiveDatagram();\n"
        "            std::printf(\"%s:%u \", qPrintable(datagram.senderAddress().toString()), "
        "unsigned(datagram.senderPort()));\n"
        "            std::fwrite(datagram.data().constData(), 1, size_t(datagram.data().size()), stdout);\n"
        "            std::fputc('\\n', stdout);\n"
        "            std::fflush(stdout);\n"
        "        }\n"
        "    }\n"
        "    return 0;\n}\n");
}
} // namespace

Program Gen::broadcastReceiver(quint16 portNumber)
{
    const QString title = tr("NetLab broadcast receiver: print every datagram that arrives on the port.");
    Program p;
    QString &s = p.python;
    s = pyHeader(title);
    s += QStringLiteral("import socket\n\nPORT = %1\n\n").arg(port(portNumber));
    s += QLatin1String("with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:\n");
    s += py(tr("SO_REUSEADDR lets several receivers on this computer share the port."), 4) + u'\n';
    s += QLatin1String("    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n");
    s += py(tr("bind() to every address: broadcasts are not sent to this host's own address."), 4) + u'\n';
    s += QLatin1String("    s.bind(('', PORT))\n");
    s += pyPrintDatagrams();

    QString &c = p.cppQt;
    c = cpp(title) + u'\n';
    c += QLatin1String("#include <QCoreApplication>\n#include <QNetworkDatagram>\n#include <QUdpSocket>\n\n"
                       "#include <cstdio>\n\n"
                       "int main(int argc, char *argv[])\n{\n    QCoreApplication app(argc, argv);\n");
    c += QStringLiteral("    const quint16 port = %1;\n").arg(port(portNumber));
    c += cpp(tr("bind() to every address, sharing the port with other receivers."), 4) + u'\n';
    c += cppBindShared();
    c += cppPrintDatagrams();
    return p;
}

namespace {
// C++ lines finding the interface that has `interfaceAddress`, for the
// multicast programs (Qt wants a QNetworkInterface, the socket API an address).
QLatin1String cppFindInterface()
{
    return QLatin1String("static QNetworkInterface interfaceWith(const QHostAddress &address)\n"
                         "{\n"
                         "    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();\n"
                         "    for (const QNetworkInterface &candidate : all) {\n"
                         "        const QList<QNetworkAddressEntry> entries = candidate.addressEntries();\n"
                         "        for (const QNetworkAddressEntry &entry : entries) {\n"
                         "            if (entry.ip() == address)\n"
                         "                return candidate;\n"
                         "        }\n"
                         "    }\n"
                         "    return QNetworkInterface();\n"
                         "}\n\n");
}
} // namespace

Program Gen::multicastSender(const QString &group, quint16 portNumber, const QByteArray &payload, int ttl,
                             bool loopback, const QString &interfaceAddress)
{
    const QString note = truncationNote(payload);
    const bool iface = !interfaceAddress.isEmpty();
    const QString title = tr("NetLab multicast sender: one datagram to every member of the group.");
    Program p;
    QString &s = p.python;
    s = pyHeader(title);
    s += QStringLiteral("import socket\n\nGROUP = %1\nPORT = %2\n")
             .arg(pythonString(group), port(portNumber));
    if (!note.isEmpty())
        s += py(note) + u'\n';
    s += QStringLiteral("PAYLOAD = %1\n\n").arg(pythonBytes(shown(payload)));
    s += QLatin1String("with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:\n");
    s += py(tr("TTL: how many routers the datagram may cross (1: this network only)."), 4) + u'\n';
    s += QStringLiteral("    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, %1)\n")
             .arg(QString::number(ttl));
    s += py(tr("Loopback: whether receivers on this computer get the datagram too."), 4) + u'\n';
    s += QStringLiteral("    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, %1)\n")
             .arg(loopback ? u'1' : u'0');
    if (iface) {
        s += py(tr("Send through the network interface that has this address."), 4) + u'\n';
        s += QStringLiteral(
                 "    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(%1))\n")
                 .arg(pythonString(interfaceAddress));
    }
    s += QLatin1String("    s.sendto(PAYLOAD, (GROUP, PORT))\n");

    QString &c = p.cppQt;
    c = cpp(title) + u'\n';
    c += QLatin1String("#include <QCoreApplication>\n#include <QNetworkInterface>\n#include "
                       "<QUdpSocket>\n#include <QVariant>\n\n"
                       "#include <cstdio>\n\n");
    if (iface)
        c += cppFindInterface();
    c += QLatin1String("int main(int argc, char *argv[])\n{\n    QCoreApplication app(argc, argv);\n");
    c += QStringLiteral("    const QHostAddress group(%1);\n    const quint16 port = %2;\n")
             .arg(cppQString(group), port(portNumber));
    if (!note.isEmpty())
        c += cpp(note, 4) + u'\n';
    c += QStringLiteral("    const QByteArray payload = %1;\n\n").arg(cppBytes(shown(payload)));
    c += QLatin1String("    QUdpSocket socket;\n"
                       "    socket.bind(QHostAddress::AnyIPv4, 0);\n");
    c += cpp(tr("TTL: how many routers the datagram may cross (1: this network only)."), 4) + u'\n';
    c += QStringLiteral("    socket.setSocketOption(QAbstractSocket::MulticastTtlOption, %1);\n")
             .arg(QString::number(ttl));
    c += cpp(tr("Loopback: whether receivers on this computer get the datagram too."), 4) + u'\n';
    c += QStringLiteral("    socket.setSocketOption(QAbstractSocket::MulticastLoopbackOption, %1);\n")
             .arg(loopback ? u'1' : u'0');
    if (iface) {
        c += cpp(tr("Send through the network interface that has this address."), 4) + u'\n';
        c += QStringLiteral("    socket.setMulticastInterface(interfaceWith(QHostAddress(%1)));\n")
                 .arg(cppQString(interfaceAddress));
    }
    c += QLatin1String("    if (socket.writeDatagram(payload, group, port) < 0) {\n"
                       "        std::fprintf(stderr, \"sendto: %s\\n\", qPrintable(socket.errorString()));\n"
                       "        return 1;\n"
                       "    }\n"
                       "    return 0;\n}\n");
    return p;
}

Program Gen::multicastReceiver(const QString &group, quint16 portNumber, const QString &interfaceAddress)
{
    const bool iface = !interfaceAddress.isEmpty();
    const QString title
        = tr("NetLab multicast receiver: join the group and print every datagram sent to it.");
    Program p;
    QString &s = p.python;
    s = pyHeader(title);
    s += QLatin1String("import socket\n\n");
    s += QStringLiteral("GROUP = %1\nPORT = %2\nINTERFACE = %3\n\n")
             .arg(pythonString(group), port(portNumber),
                  pythonString(iface ? interfaceAddress : QStringLiteral("0.0.0.0")));
    s += QLatin1String("with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:\n"
                       "    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
                       "    s.bind(('', PORT))\n");
    s += py(tr("IP_ADD_MEMBERSHIP: join the group (IGMP) on the interface (0.0.0.0: the system chooses)."), 4)
        + u'\n';
    s += QLatin1String("    membership = socket.inet_aton(GROUP) + socket.inet_aton(INTERFACE)\n"
                       "    s.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, membership)\n");
    s += pyPrintDatagrams();

    QString &c = p.cppQt;
    c = cpp(title) + u'\n';
    c += QLatin1String(
        "#include <QCoreApplication>\n#include <QNetworkDatagram>\n#include <QNetworkInterface>\n"
        "#include <QUdpSocket>\n\n#include <cstdio>\n\n");
    if (iface)
        c += cppFindInterface();
    c += QLatin1String("int main(int argc, char *argv[])\n{\n    QCoreApplication app(argc, argv);\n");
    c += QStringLiteral("    const QHostAddress group(%1);\n    const quint16 port = %2;\n")
             .arg(cppQString(group), port(portNumber));
    c += cppBindShared();
    c += cpp(tr("IP_ADD_MEMBERSHIP: join the group (IGMP) on the interface (0.0.0.0: the system chooses)."),
             4)
        + u'\n';
    c += iface
        ? QStringLiteral(
              "    const bool joined = socket.joinMulticastGroup(group, interfaceWith(QHostAddress(%1)));\n")
              .arg(cppQString(interfaceAddress))
        : QStringLiteral("    const bool joined = socket.joinMulticastGroup(group);\n");
    c += QLatin1String("    if (!joined) {\n"
                       "        std::fprintf(stderr, \"join: %s\\n\", qPrintable(socket.errorString()));\n"
                       "        return 1;\n"
                       "    }\n");
    c += cppPrintDatagrams();
    return p;
}

Program tcpClient(const QString &host, quint16 port, const QByteArray &payload, bool waitForReply)
{
    return Gen::tcpClient(host, port, payload, waitForReply);
}

Program tcpServer(const QString &address, quint16 port, TcpServerEngine::Mode mode,
                  const QString &replyTemplate, const QList<TcpServerEngine::Command> &commands)
{
    return Gen::tcpServer(address, port, mode, replyTemplate, commands);
}

Program udpSender(const QString &host, quint16 port, const QByteArray &payload, const QString &bindAddress,
                  quint16 bindPort)
{
    return Gen::udpSender(host, port, payload, bindAddress, bindPort);
}

Program udpReceiver(const QString &address, quint16 port, const QList<UdpReplyRule> &rules)
{
    return Gen::udpReceiver(address, port, rules);
}

Program broadcastSender(const QString &address, quint16 port, const QByteArray &payload)
{
    return Gen::broadcastSender(address, port, payload);
}

Program broadcastReceiver(quint16 port)
{
    return Gen::broadcastReceiver(port);
}

Program multicastSender(const QString &group, quint16 port, const QByteArray &payload, int ttl, bool loopback,
                        const QString &interfaceAddress)
{
    return Gen::multicastSender(group, port, payload, ttl, loopback, interfaceAddress);
}

Program multicastReceiver(const QString &group, quint16 port, const QString &interfaceAddress)
{
    return Gen::multicastReceiver(group, port, interfaceAddress);
}

} // namespace ExamplePrograms
