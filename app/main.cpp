// netlab: parses the command line, wires the traffic recorder to the log and
// the transcript, and shows the window.
#include "endpointtext.h"
#include "firstpaintreporter.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mapjob.h"
#include "payloadparser.h"
#include "sendscript.h"
#include "signalwatcher.h"
#include "startupactions.h"
#include "textcodecs.h"
#include "trafficevent.h"
#include "trafficexport.h"
#include "trafficlogmodel.h"
#include "trafficpcapng.h"
#include "trafficrecorder.h"
#include "transcriptwriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcApp, "netlab.app", QtInfoMsg)

namespace {

struct Options
{
    QString tab;
    QString language;
    QString transcript;
    QString pcapng;
    qsizetype logCapacity = 100000;
    StartupRequest startup;
};

// The --server-mode words, in the order of TcpServerEngine::Mode.
const struct
{
    const char *id;
    TcpServerEngine::Mode mode;
} ServerModes[] = {
    {"reply-once", TcpServerEngine::Mode::ReplyOnce},
    {"conversation", TcpServerEngine::Mode::Conversation},
    {"thread-per-client", TcpServerEngine::Mode::ThreadPerClient},
    {"event-loop", TcpServerEngine::Mode::EventLoop},
};

QString serverModeIds()
{
    QStringList ids;
    for (const auto &mode : ServerModes)
        ids << QLatin1String(mode.id);
    return ids.join(u'|');
}

// Options whose meaning does not need a window. Defined once so that --help
// can be answered without a display.
struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption tab{QStringLiteral("tab"),
                           QCoreApplication::translate("main", "Open the tab NAME: %1.")
                               .arg(TrafficNames::tabIds().join(QStringLiteral(", "))),
                           QCoreApplication::translate("main", "NAME")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QCoreApplication::translate("main",
                                                        "Use the language CODE: en or zh_CN "
                                                        "(for this run; the View menu remembers a choice)."),
                            QCoreApplication::translate("main", "CODE")};
    QCommandLineOption transcript{
        QStringLiteral("transcript"),
        QCoreApplication::translate("main",
                                    "Append every network event to FILE as one JSON object "
                                    "per line, flushed as it happens."),
        QCoreApplication::translate("main", "FILE")};
    QCommandLineOption pcapng{
        QStringLiteral("pcapng"),
        QCoreApplication::translate("main",
                                    "Write every network event to FILE as a capture Wireshark opens "
                                    "(pcapng), packet by packet as it happens; the file is complete "
                                    "after each packet."),
        QCoreApplication::translate("main", "FILE")};
    QCommandLineOption logCapacity{
        QStringLiteral("log-capacity"),
        QCoreApplication::translate("main",
                                    "Keep at most ROWS rows in the traffic log view "
                                    "(default 100000; older rows are counted, and the "
                                    "transcript keeps them all)."),
        QCoreApplication::translate("main", "ROWS"), QStringLiteral("100000")};
    QCommandLineOption tcpServer{
        QStringLiteral("tcp-server"),
        QCoreApplication::translate("main",
                                    "Open the TCP Server tab listening on ADDR:PORT (for example "
                                    "127.0.0.1:8888, [::1]:8888; port 0 picks a free port)."),
        QCoreApplication::translate("main", "ADDR:PORT")};
    QCommandLineOption serverMode{
        QStringLiteral("server-mode"),
        QCoreApplication::translate("main", "The TCP server's mode: %1 (default event-loop).")
            .arg(serverModeIds()),
        QCoreApplication::translate("main", "MODE"), QStringLiteral("event-loop")};
    QCommandLineOption tcpClient{
        QStringLiteral("tcp-client"),
        QCoreApplication::translate("main",
                                    "Open the TCP Client tab connected to HOST:PORT; each --send is "
                                    "sent after the reply to the previous one (or %1 s).")
            .arg(SendScript::DefaultReplyTimeoutMs / 1000),
        QCoreApplication::translate("main", "HOST:PORT")};
    QCommandLineOption send{
        QStringLiteral("send"),
        QCoreApplication::translate("main",
                                    "Text to send with --tcp-client, --udp-send or --broadcast-send "
                                    "(UTF-8; escapes such as \\n and \\x41 are understood). Repeat "
                                    "it to send several messages in order."),
        QCoreApplication::translate("main", "TEXT")};
    QCommandLineOption udpReceive{
        QStringLiteral("udp-receive"),
        QCoreApplication::translate("main", "Open the UDP tab with its receiver bound to ADDR:PORT."),
        QCoreApplication::translate("main", "ADDR:PORT")};
    QCommandLineOption udpSend{
        QStringLiteral("udp-send"),
        QCoreApplication::translate("main",
                                    "Open the UDP tab sending each --send to HOST:PORT as one datagram, "
                                    "waiting for a reply (or %1 s) between them.")
            .arg(SendScript::DefaultReplyTimeoutMs / 1000),
        QCoreApplication::translate("main", "HOST:PORT")};
    QCommandLineOption broadcastReceive{
        QStringLiteral("broadcast-receive"),
        QCoreApplication::translate("main", "Open the Broadcast tab with a receiver on 0.0.0.0:PORT."),
        QCoreApplication::translate("main", "PORT")};
    QCommandLineOption broadcastSend{
        QStringLiteral("broadcast-send"),
        QCoreApplication::translate("main",
                                    "Open the Broadcast tab sending each --send to ADDR:PORT (for "
                                    "example 127.255.255.255:9999, which stays on this machine)."),
        QCoreApplication::translate("main", "ADDR:PORT")};

    Parser()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main",
                                        "NetLab: a lab for learning network programming with TCP, UDP, "
                                        "broadcast, encodings and threads."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({tab, lang, transcript, pcapng, logCapacity, tcpServer, serverMode, tcpClient, send,
                           udpReceive, udpSend, broadcastReceive, broadcastSend});
    }
};

void printError(const QString &message)
{
    std::fprintf(stderr, "netlab: %s\n", qPrintable(message));
}

// Reads --lang before any QApplication exists, so that --help can already be
// shown in the chosen language.
QString languageFromArguments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
        if (arg == u"--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return QString();
}

bool wantsNoWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v"
            || arg == "--version") {
            return true;
        }
    }
    return false;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("NetLab"));
    QCoreApplication::setApplicationName(QStringLiteral("NetLab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETLAB_VERSION));
}

// Reads one ADDR:PORT option into *endpoint; false (after a message naming
// the option) when it is set but not understood.
bool readEndpoint(const Parser &p, const QCommandLineOption &option, bool allowZeroPort,
                  std::optional<EndpointText::Endpoint> *endpoint)
{
    if (!p.parser.isSet(option))
        return true;
    const EndpointText::Endpoint read = EndpointText::parse(p.parser.value(option), allowZeroPort);
    if (!read.ok()) {
        printError(QStringLiteral("--%1: %2").arg(option.names().constFirst(), read.error));
        return false;
    }
    *endpoint = read;
    return true;
}

bool readStartup(const Parser &p, StartupRequest *startup)
{
    if (!readEndpoint(p, p.tcpServer, true, &startup->tcpServer)
        || !readEndpoint(p, p.tcpClient, false, &startup->tcpClient)
        || !readEndpoint(p, p.udpReceive, true, &startup->udpReceive)
        || !readEndpoint(p, p.udpSend, false, &startup->udpSend)
        || !readEndpoint(p, p.broadcastSend, false, &startup->broadcastSend))
        return false;

    if (p.parser.isSet(p.broadcastReceive)) {
        const EndpointText::Endpoint port
            = EndpointText::parse(p.parser.value(p.broadcastReceive), true, false);
        if (!port.ok() || !port.host.isEmpty()) {
            printError(QCoreApplication::translate(
                           "main",
                           "--broadcast-receive takes only a port (0 to 65535), not '%1'; the "
                           "receiver always listens on 0.0.0.0.")
                           .arg(p.parser.value(p.broadcastReceive)));
            return false;
        }
        startup->broadcastReceive = port.port;
    }

    const QString mode = p.parser.value(p.serverMode);
    bool modeKnown = false;
    for (const auto &known : ServerModes) {
        if (mode == QLatin1String(known.id)) {
            startup->serverMode = known.mode;
            modeKnown = true;
        }
    }
    if (!modeKnown) {
        printError(QCoreApplication::translate("main", "--server-mode: '%1' is not a mode; choose one of %2")
                       .arg(mode, serverModeIds()));
        return false;
    }
    if (p.parser.isSet(p.serverMode) && !startup->tcpServer) {
        printError(QCoreApplication::translate("main", "--server-mode needs --tcp-server ADDR:PORT"));
        return false;
    }

    const int senders = int(startup->tcpClient.has_value()) + int(startup->udpSend.has_value())
        + int(startup->broadcastSend.has_value());
    if (senders > 1) {
        printError(QCoreApplication::translate(
            "main", "give only one of --tcp-client, --udp-send and --broadcast-send: --send belongs to it"));
        return false;
    }
    const QStringList texts = p.parser.values(p.send);
    if (!texts.isEmpty() && senders == 0) {
        printError(QCoreApplication::translate(
            "main", "--send needs a place to send to: --tcp-client, --udp-send or --broadcast-send"));
        return false;
    }
    PayloadOptions payload;
    payload.mode = PayloadMode::Text;
    payload.encoding = QStringLiteral("UTF-8");
    payload.escapes = true;
    payload.lineEnding = LineEnding::None;
    for (const QString &text : texts) {
        const PayloadResult parsed = PayloadParser::parse(text, payload);
        if (!parsed.ok()) {
            printError(QCoreApplication::translate("main", "--send '%1', column %2: %3")
                           .arg(text)
                           .arg(parsed.column)
                           .arg(parsed.error));
            return false;
        }
        startup->messages << parsed.bytes;
    }
    return true;
}

// Validates what the parser read; prints a clear message and returns false
// on bad input.
bool readOptions(Parser &p, Options *options)
{
    options->tab = p.parser.value(p.tab);
    if (p.parser.isSet(p.tab) && !TrafficNames::tabIds().contains(options->tab)) {
        printError(QCoreApplication::translate("main", "there is no tab called '%1'; choose one of: %2")
                       .arg(options->tab, TrafficNames::tabIds().join(QStringLiteral(", "))));
        return false;
    }
    options->language = p.parser.value(p.lang);
    if (p.parser.isSet(p.lang) && !LanguageManager::supportedLanguages().contains(options->language)) {
        printError(
            QCoreApplication::translate("main", "the language '%1' is not available; choose en or zh_CN")
                .arg(options->language));
        return false;
    }
    options->transcript = p.parser.value(p.transcript);
    if (p.parser.isSet(p.transcript) && options->transcript.isEmpty()) {
        printError(QCoreApplication::translate("main", "--transcript needs a file name"));
        return false;
    }
    options->pcapng = p.parser.value(p.pcapng);
    if (p.parser.isSet(p.pcapng) && options->pcapng.isEmpty()) {
        printError(QCoreApplication::translate("main", "--pcapng needs a file name"));
        return false;
    }
    bool ok = false;
    const QString capacityText = p.parser.value(p.logCapacity);
    const qlonglong capacity = capacityText.toLongLong(&ok);
    if (!ok || capacity < 100 || capacity > 10000000) {
        printError(QCoreApplication::translate("main",
                                               "--log-capacity must be a whole number from 100 to "
                                               "10000000, not '%1'")
                       .arg(capacityText));
        return false;
    }
    options->logCapacity = qsizetype(capacity);
    return readStartup(p, &options->startup);
}

} // namespace

int main(int argc, char *argv[])
{
    // The Concurrency tab's process pool starts NetLab again as a worker
    // (MapProcessJob): no window, no QApplication, just the stdin/stdout protocol.
    if (argc > 1 && qstrcmp(argv[1], "--map-worker") == 0) {
        QTextStream in(stdin), out(stdout);
        return MapJob::runWorker(in, out);
    }

    const QString requestedLanguage = languageFromArguments(argc, argv);

    if (wantsNoWindow(argc, argv)) {
        // --help and --version need no display.
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        LanguageManager languages;
        languages.setLanguage(requestedLanguage.isEmpty()
                                  ? LanguageManager::languageForLocale(QLocale::system())
                                  : requestedLanguage);
        Parser p;
        p.parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/netlab/icons/netlab.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.netlab.NetLab"));

    // SIGINT / SIGTERM: leave the event loop normally, so that windows close
    // (saving their settings), sockets are closed by their owners and the
    // transcript is flushed. Installed before anything is opened.
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app, [] {
        QApplication::closeAllWindows();
        QCoreApplication::quit();
    });

    LanguageManager languages;
    QSettings settings;
    QString language = requestedLanguage;
    if (!LanguageManager::supportedLanguages().contains(language))
        language = settings.value(QStringLiteral("language")).toString();
    if (!LanguageManager::supportedLanguages().contains(language))
        language = LanguageManager::languageForLocale(QLocale::system());
    languages.setLanguage(language);

    Parser p;
    if (!p.parser.parse(QCoreApplication::arguments())) {
        printError(p.parser.errorText());
        return 2;
    }
    if (!p.parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("main", "unexpected argument '%1'; see netlab --help")
                       .arg(p.parser.positionalArguments().constFirst()));
        return 2;
    }
    Options options;
    if (!readOptions(p, &options))
        return 2;

    // Which encodings this Qt offers is decided by how it was built (ICU):
    // say so once at start-up; the Encoding tab greys out the missing ones.
    QStringList missingEncodings;
    for (const TextCodecs::EncodingInfo &info : TextCodecs::all()) {
        if (!info.available)
            missingEncodings << info.id;
    }
    qCDebug(lcApp) << "encodings available:" << TextCodecs::availableIds();
    if (!missingEncodings.isEmpty())
        qCWarning(lcApp) << "encodings not available in this Qt build:" << missingEncodings;

    TrafficRecorder recorder;
    TrafficLogModel logModel;
    logModel.setCapacity(options.logCapacity);
    QObject::connect(&recorder, &TrafficRecorder::eventRecorded, &logModel, &TrafficLogModel::append);

    TranscriptWriter transcript;
    if (!options.transcript.isEmpty()) {
        QString error;
        if (!transcript.open(options.transcript, &error)) {
            printError(error);
            return 1;
        }
        QObject::connect(&recorder, &TrafficRecorder::eventRecorded, &transcript, &TranscriptWriter::write);
    }

    // When NetLab talks to itself both ends log each exchange; the capture
    // shows it once, as the wire did.
    PcapngLiveWriter capture;
    TrafficExport::OneSidePerConnection captureOneSide;
    if (!options.pcapng.isEmpty()) {
        QString error;
        if (!capture.open(options.pcapng, &error)) {
            printError(error);
            return 1;
        }
        QObject::connect(&recorder, &TrafficRecorder::eventRecorded, &capture,
                         [&capture, &captureOneSide](const TrafficEvent &event) {
                             if (captureOneSide.accept(event))
                                 capture.write(event);
                         });
        QObject::connect(&capture, &PcapngLiveWriter::writeFailed, &capture,
                         [](const QString &message) { qCWarning(lcApp).noquote() << message; });
        qCInfo(lcApp).noquote() << "writing a pcapng capture to" << options.pcapng;
    }

    MainWindow window(&recorder, &logModel, &languages);
    window.restoreSettings();
    if (!options.tab.isEmpty())
        window.selectTab(options.tab);
    window.setTranscriptPath(options.transcript);

    // The start-up benchmark (tests/bench/bench_startup) times NetLab to its
    // first painted window: with NETLAB_BENCH_STARTUP set, say so and quit.
    FirstPaintReporter firstPaint;
    if (qEnvironmentVariableIsSet("NETLAB_BENCH_STARTUP"))
        window.installEventFilter(&firstPaint);
    window.show();
    // After the window is up, so the tabs are visible while they start.
    QTimer::singleShot(0, &window, [&window, &options] {
        runStartupRequest(&window, options.startup);
        // An explicit --tab is what the user wants to look at.
        if (!options.tab.isEmpty())
            window.selectTab(options.tab);
    });
    const int code = app.exec();
    logModel.flush();
    return code;
}
