// A test-only command-line front end to UdpEngine, so the engine itself can be
// run inside the throw-away network namespaces of tst_udpnetns
// (`ip netns exec NS udp_probe`). Reads one command a line on stdin, writes
// one result line per command and one line per received datagram on stdout:
//
//   bind ADDR PORT          -> BOUND <port> | ERROR <errno> <message>
//   send HOST PORT TEXT     -> SENT <bytes> <local port> | ERROR ...   (TEXT: rest of the line)
//   join GROUP IFACE        -> JOINED | ERROR ...                      (IFACE "-": let the kernel choose)
//   leave GROUP IFACE       -> LEFT | ERROR ...
//   mcastif IFACE           -> OK | ERROR ...
//   quit (or end of input)
//   (any time)              -> RECV <sender ip> <sender port> <destination ip> <text>
#include "udpengine.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

namespace {

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

class Probe final : public QObject
{
public:
    explicit Probe(QObject *parent = nullptr)
        : QObject(parent)
        , m_engine(nullptr)
        , m_stdin(STDIN_FILENO, QSocketNotifier::Read)
    {
        connect(&m_engine, &UdpEngine::datagramReceived, this, [](const UdpDatagram &d) {
            say(QStringLiteral("RECV %1 %2 %3 %4")
                    .arg(d.sender.toString())
                    .arg(d.senderPort)
                    .arg(d.destination.toString(), QString::fromUtf8(d.payload)));
        });
        connect(&m_stdin, &QSocketNotifier::activated, this, &Probe::readInput);
    }

private:
    void readInput()
    {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            QCoreApplication::quit();
            return;
        }
        m_input.append(buffer, qsizetype(n));
        qsizetype end = 0;
        while ((end = m_input.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_input.left(end)).trimmed();
            m_input.remove(0, end + 1);
            run(line);
        }
    }

    void reportError()
    {
        const UdpError error = m_engine.lastError();
        say(QStringLiteral("ERROR %1 %2")
                .arg(error.errnoName.isEmpty() ? QStringLiteral("-") : error.errnoName, error.message));
    }

    void run(const QString &line)
    {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        const QString command = words.value(0);
        const auto iface = [&words] {
            return words.value(2) == QStringLiteral("-") ? QString() : words.value(2);
        };
        if (command == QStringLiteral("quit")) {
            QCoreApplication::quit();
        } else if (command == QStringLiteral("bind") && words.size() == 3) {
            if (m_engine.bind(QHostAddress(words.at(1)), quint16(words.at(2).toUInt())))
                say(QStringLiteral("BOUND %1").arg(m_engine.localPort()));
            else
                reportError();
        } else if (command == QStringLiteral("send") && words.size() >= 4) {
            const QByteArray text = line.section(u' ', 3).toUtf8();
            if (m_engine.sendTo(words.at(1), quint16(words.at(2).toUInt()), text))
                say(QStringLiteral("SENT %1 %2").arg(text.size()).arg(m_engine.localPort()));
            else
                reportError();
        } else if (command == QStringLiteral("join") && words.size() == 3) {
            if (m_engine.joinGroup(QHostAddress(words.at(1)), iface()))
                say(QStringLiteral("JOINED"));
            else
                reportError();
        } else if (command == QStringLiteral("leave") && words.size() == 3) {
            if (m_engine.leaveGroup(QHostAddress(words.at(1)), iface()))
                say(QStringLiteral("LEFT"));
            else
                reportError();
        } else if (command == QStringLiteral("mcastif") && words.size() == 2) {
            if (m_engine.setMulticastInterface(words.at(1)))
                say(QStringLiteral("OK"));
            else
                reportError();
        } else {
            say(QStringLiteral("ERROR - unknown command: ") + line);
        }
    }

    UdpEngine m_engine;
    QSocketNotifier m_stdin;
    QByteArray m_input;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Probe probe;
    say(QStringLiteral("READY"));
    return QCoreApplication::exec();
}
