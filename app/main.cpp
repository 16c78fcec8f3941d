// netlab: parses the command line, wires the traffic recorder to the log and
// the transcript, and shows the window.
#include "languagemanager.h"
#include "mainwindow.h"
#include "signalwatcher.h"
#include "textcodecs.h"
#include "trafficevent.h"
#include "trafficlogmodel.h"
#include "trafficrecorder.h"
#include "transcriptwriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>

#include <cstdio>
#include <memory>

Q_LOGGING_CATEGORY(lcApp, "netlab.app", QtInfoMsg)

namespace {

struct Options
{
    QString tab;
    QString language;
    QString transcript;
    qsizetype logCapacity = 100000;
};

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
    QCommandLineOption logCapacity{
        QStringLiteral("log-capacity"),
        QCoreApplication::translate("main",
                                    "Keep at most ROWS rows in the traffic log view "
                                    "(default 100000; older rows are counted, and the "
                                    "transcript keeps them all)."),
        QCoreApplication::translate("main", "ROWS"), QStringLiteral("100000")};

    Parser()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main",
                                        "NetLab: a lab for learning network programming with TCP, UDP, "
                                        "broadcast, encodings and threads."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({tab, lang, transcript, logCapacity});
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
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
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

    MainWindow window(&recorder, &logModel, &languages);
    window.restoreSettings();
    if (!options.tab.isEmpty())
        window.selectTab(options.tab);
    window.setTranscriptPath(options.transcript);

    window.show();
    const int code = app.exec();
    logModel.flush();
    return code;
}
