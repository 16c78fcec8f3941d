#include "datachunkmodel.h"
#include "explainpane.h"
#include "languagemanager.h"
#include "peerprocess.h"
#include "socketcallmodel.h"
#include "tcpclienttablemodel.h"
#include "tcpservertab.h"
#include "trafficrecorder.h"
#include "wiresharkpane.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

namespace {

constexpr int Timeout = 30000; // generous: the suite runs in parallel on 2 cores

using Mode = TcpServerEngine::Mode;

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

// The TCP Server tab as a student uses it: fields, Start/Stop, the four modes
// against independent python clients, the client table and its buttons.
class TestTcpServerTab : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listensOnLoopbackByDefault();
    void allInterfacesIsWarnedAbout();
    void badPortIsExplained_data();
    void badPortIsExplained();
    void portInUseNamesThePort();
    void replyOnceAnswersPythonClient();
    void conversationUnderstandsTimeAndExit();
    void threadPerClientShowsServingThread();
    void sendCloseAndAbortSelectedClient();
    void stopClosesClientsAndSaysSo();
    void editedReplyTemplateIsUsed();
    void commandTableProblemsAreExplained();
    void repliesFollowTheLanguageUntilEdited();
    void largeReadIsKeptCapped();
    void threadLimitIsReachedAndSaid();

private:
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_tab->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void start(Mode mode);
    QString portArg() const { return QString::number(m_tab->engine()->serverPort()); }
    // A raw client connected to the tab's server and seen in its table.
    std::unique_ptr<QTcpSocket> connectClient();
    void selectRow(int row);

    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<TrafficRecorder> m_recorder;
    std::unique_ptr<TcpServerTab> m_tab;
};

void TestTcpServerTab::init()
{
    // English as the app loads it (its catalogue holds the plural forms).
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    m_recorder = std::make_unique<TrafficRecorder>();
    m_tab = std::make_unique<TcpServerTab>(m_recorder.get());
    m_tab->resize(1216, 560);
    m_tab->show();
}

void TestTcpServerTab::cleanup()
{
    m_tab.reset();
    m_recorder.reset();
    m_languages.reset();
}

void TestTcpServerTab::start(Mode mode)
{
    QVERIFY(m_tab->startServer(QHostAddress(QHostAddress::LocalHost), 0, mode));
    QVERIFY(m_tab->engine()->serverPort() != 0);
}

std::unique_ptr<QTcpSocket> TestTcpServerTab::connectClient()
{
    auto socket = std::make_unique<QTcpSocket>();
    const int before = m_tab->engine()->clientCount();
    socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_tab->engine()->serverPort());
    if (!socket->waitForConnected(Timeout))
        return nullptr;
    QDeadlineTimer deadline(Timeout);
    while (m_tab->engine()->clientCount() != before + 1 && !deadline.hasExpired())
        QTest::qWait(10);
    if (m_tab->engine()->clientCount() != before + 1)
        return nullptr;
    m_tab->clientModel()->flush();
    return socket;
}

void TestTcpServerTab::selectRow(int row)
{
    auto *table = child<QTableView>("clientTable");
    table->clearSelection();
    table->selectRow(row);
}

void TestTcpServerTab::listensOnLoopbackByDefault()
{
    QCOMPARE(child<QComboBox>("addressCombo")->currentData().toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(child<QLabel>("warningLabel")->isHidden());
    child<QLineEdit>("portEdit")->setText(QStringLiteral("0"));
    QVERIFY(child<QPushButton>("startButton")->isEnabled());
    child<QPushButton>("startButton")->click();

    TcpServerEngine *engine = m_tab->engine();
    QVERIFY(engine->isListening());
    QCOMPARE(engine->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    const QString status = child<QLabel>("statusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("127.0.0.1:%1").arg(engine->serverPort())), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("nc 127.0.0.1 %1").arg(engine->serverPort())),
             qPrintable(status));
    QVERIFY(!child<QPushButton>("startButton")->isEnabled());
    QVERIFY(child<QPushButton>("stopButton")->isEnabled());
    QVERIFY(!child<QComboBox>("addressCombo")->isEnabled());

    // The Explain pane follows: the calls made, and a program with the real port.
    auto *explain = child<ExplainPane>("explainPane");
    explain->callModel()->flush();
    QVERIFY(explain->callModel()->rowCount() >= 3); // socket(), bind(), listen()
    QVERIFY(explain->pythonText().contains(QString::number(engine->serverPort())));
    QVERIFY(explain->cppQtText().contains(QString::number(engine->serverPort())));

    // So does the Wireshark pane, with the port the kernel picked.
    QCOMPARE(child<QLineEdit>("captureEdit")->text(),
             QStringLiteral("tcp port %1").arg(engine->serverPort()));
    QCOMPARE(child<QLineEdit>("displayEdit")->text(),
             QStringLiteral("tcp.port == %1 && ip.addr == 127.0.0.1").arg(engine->serverPort()));
}

void TestTcpServerTab::allInterfacesIsWarnedAbout()
{
    auto *combo = child<QComboBox>("addressCombo");
    const int any = combo->findData(QStringLiteral("0.0.0.0"));
    QVERIFY(any > 0);
    QVERIFY(any > combo->findData(QStringLiteral("::1"))); // a deliberate choice, not the first
    combo->setCurrentIndex(any);
    QVERIFY(child<QLabel>("warningLabel")->isVisible());
    QVERIFY(child<QLabel>("warningLabel")->text().contains(QLatin1String("other computers")));
    combo->setCurrentIndex(combo->findData(QStringLiteral("127.0.0.1")));
    QVERIFY(child<QLabel>("warningLabel")->isHidden());
}

void TestTcpServerTab::badPortIsExplained_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty asks for a number") << QString() << QStringLiteral("type a number");
    QTest::newRow("letters are not a number")
        << QStringLiteral("80a") << QStringLiteral("\"80a\" is not a whole number");
    QTest::newRow("above 65535 is too large")
        << QStringLiteral("70000") << QStringLiteral("70000 is too large");
    QTest::newRow("huge is too large, not wrapped")
        << QStringLiteral("18446744073709551617") << QStringLiteral("too large");
    QTest::newRow("negative is not a number") << QStringLiteral("-1") << QStringLiteral("not a whole number");
    QTest::newRow("full-width digits are not ASCII")
        << QStringLiteral("８８８８") << QStringLiteral("not a whole number");
}

void TestTcpServerTab::badPortIsExplained()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    child<QLineEdit>("portEdit")->setText(typed);
    auto *error = child<QLabel>("portErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    QCOMPARE(error->textFormat(), Qt::PlainText);
    QVERIFY(!child<QPushButton>("startButton")->isEnabled());
    child<QLineEdit>("portEdit")->setText(QStringLiteral("0"));
    QVERIFY(error->isHidden());
    QVERIFY(child<QPushButton>("startButton")->isEnabled());
}

void TestTcpServerTab::portInUseNamesThePort()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QVERIFY(!m_tab->startServer(QHostAddress(QHostAddress::LocalHost), holder.serverPort(), Mode::EventLoop));
    const QString message = child<QLabel>("messageLabel")->text();
    QVERIFY2(message.contains(QString::number(holder.serverPort())), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("ss -ltnp")), qPrintable(message));
    QVERIFY(child<QPushButton>("startButton")->isEnabled()); // try again with another port
}

void TestTcpServerTab::replyOnceAnswersPythonClient()
{
    start(Mode::ReplyOnce);
    auto client = PeerProcess::python(QStringLiteral("tcp_client_reply.py"), {portArg(), hex("hello\n")});
    QTRY_VERIFY_WITH_TIMEOUT(client->has(QStringLiteral("REPLY")), Timeout);
    QCOMPARE(client->replyBytes(), QByteArray("Server received your message: hello\n"));

    // The messages list shows the read and the reply, arrows and the client.
    DataChunkModel *messages = m_tab->messageModel();
    QTRY_COMPARE_WITH_TIMEOUT((messages->flush(), messages->rowCount()), 2, Timeout);
    QCOMPARE(messages->chunk(0).bytes, QByteArray("hello\n"));
    QCOMPARE(messages->chunk(0).label, QStringLiteral("←"));
    QCOMPARE(messages->chunk(1).label, QStringLiteral("→"));
    QVERIFY(messages->chunk(1).endpoint.startsWith(QLatin1String("127.0.0.1:")));

    // The table keeps the client after it left, with its counts.
    TcpClientTableModel *table = m_tab->clientModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        (table->flush(),
         table->rowCount() == 1 && table->client(0).state == TcpServerEngine::ClientState::Closed),
        Timeout);
    QCOMPARE(table->client(0).bytesIn, quint64(6));
    QCOMPARE(table->client(0).messagesOut, quint64(1));
}

void TestTcpServerTab::conversationUnderstandsTimeAndExit()
{
    start(Mode::Conversation);
    auto first = PeerProcess::python(
        QStringLiteral("tcp_client_conversation.py"),
        {portArg(), QStringLiteral("hi"), QStringLiteral("time"), QStringLiteral("exit")});
    QTRY_VERIFY_WITH_TIMEOUT(first->has(QStringLiteral("EOF")), Timeout);
    QCOMPARE(first->replyBytes(0), QByteArray("Received: hi\n"));
    QVERIFY(first->replyBytes(1).startsWith("Current time: 20"));
    QCOMPARE(first->replyBytes(2), QByteArray("Goodbye!\n"));
    QVERIFY(child<QTableWidget>("commandsTable")->isEnabled());
    QCOMPARE(child<QTableWidget>("commandsTable")->rowCount(), 2);
}

void TestTcpServerTab::threadPerClientShowsServingThread()
{
    start(Mode::ThreadPerClient);
    auto socket = connectClient();
    QVERIFY(socket);
    TcpClientTableModel *table = m_tab->clientModel();
    QTRY_VERIFY_WITH_TIMEOUT((table->flush(),
                              !table->client(0).thread.isEmpty()
                                  && table->client(0).state == TcpServerEngine::ClientState::Served),
                             Timeout);
    const QString thread = table->data(table->index(0, TcpClientTableModel::Thread)).toString();
    QVERIFY2(thread.contains(QLatin1String("TID")), qPrintable(thread));
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>("clientCountLabel")->text().contains(QLatin1String("1 serving thread")), Timeout);
    socket->write("ping\n");
    QTRY_VERIFY_WITH_TIMEOUT(socket->bytesAvailable() > 0 || socket->waitForReadyRead(100), Timeout);
    QCOMPARE(socket->readAll(), QByteArray("Server received: ping\n"));
}

void TestTcpServerTab::sendCloseAndAbortSelectedClient()
{
    start(Mode::EventLoop);
    auto first = connectClient();
    auto second = connectClient();
    QVERIFY(first && second);
    QTRY_COMPARE_WITH_TIMEOUT((m_tab->clientModel()->flush(), m_tab->clientModel()->rowCount()), 2, Timeout);

    // Without a selection only "send to all" can act.
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("sendAllButton")->isEnabled(), Timeout);
    QVERIFY(!child<QPushButton>("sendSelectedButton")->isEnabled());

    child<QLineEdit>("payloadEdit")->setText(QStringLiteral("to you\\n"));
    selectRow(0);
    // The Wireshark pane offers the selected client's connection alone.
    QCOMPARE(child<QLineEdit>("connectionEdit")->text(),
             QStringLiteral("tcp.port == %1 && tcp.port == %2 && ip.addr == 127.0.0.1")
                 .arg(m_tab->engine()->serverPort())
                 .arg(m_tab->clientModel()->client(0).peerPort));
    QVERIFY(child<QPushButton>("sendSelectedButton")->isEnabled());
    child<QPushButton>("sendSelectedButton")->click();
    QByteArray toFirst;
    QTRY_COMPARE_WITH_TIMEOUT((first->waitForReadyRead(20), toFirst += first->readAll()),
                              QByteArray("to you\n"), Timeout);
    QCOMPARE(second->bytesAvailable(), 0);

    child<QLineEdit>("payloadEdit")->setText(QStringLiteral("48 49"));
    child<QComboBox>("payloadModeCombo")->setCurrentIndex(1); // hex
    child<QPushButton>("sendAllButton")->click();
    QByteArray got;
    QTRY_COMPARE_WITH_TIMEOUT((second->waitForReadyRead(50), got += second->readAll()), QByteArray("HI"),
                              Timeout);

    // Bad hex keeps both buttons off and says where.
    child<QLineEdit>("payloadEdit")->setText(QStringLiteral("48 4G"));
    QVERIFY(child<QLabel>("payloadErrorLabel")->isVisible());
    QVERIFY(child<QLabel>("payloadErrorLabel")->text().contains(QLatin1String("column")));
    QVERIFY(!child<QPushButton>("sendAllButton")->isEnabled());

    // Abort the second: its peer sees a reset; the table says so.
    selectRow(1);
    child<QPushButton>("abortClientButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), QAbstractSocket::UnconnectedState, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT((m_tab->clientModel()->flush(),
                              m_tab->clientModel()->client(1).state == TcpServerEngine::ClientState::Reset),
                             Timeout);

    // Close the first gracefully: end of file.
    selectRow(0);
    child<QPushButton>("closeClientButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(first->state(), QAbstractSocket::UnconnectedState, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT((m_tab->clientModel()->flush(),
                              m_tab->clientModel()->client(0).state == TcpServerEngine::ClientState::Closed),
                             Timeout);
    child<QPushButton>("clearFinishedButton")->click();
    QCOMPARE(m_tab->clientModel()->rowCount(), 0);
}

void TestTcpServerTab::stopClosesClientsAndSaysSo()
{
    start(Mode::EventLoop);
    auto first = connectClient();
    auto second = connectClient();
    QVERIFY(first && second);
    child<QPushButton>("stopButton")->click();
    QVERIFY(!m_tab->engine()->isListening());
    QTRY_COMPARE_WITH_TIMEOUT(first->state(), QAbstractSocket::UnconnectedState, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), QAbstractSocket::UnconnectedState, Timeout);
    const QString status = child<QLabel>("statusLabel")->text();
    QVERIFY2(status.contains(QLatin1String("2 connected clients were closed")), qPrintable(status));
    QVERIFY(child<QPushButton>("startButton")->isEnabled());
}

void TestTcpServerTab::editedReplyTemplateIsUsed()
{
    child<QComboBox>("modeCombo")->setCurrentIndex(0); // reply once
    auto *reply = child<QLineEdit>("replyEdit");
    QCOMPARE(reply->text(), QStringLiteral("Server received your message: {message}"));
    reply->selectAll();
    QTest::keyClicks(reply, QStringLiteral("<b>{message}</b> from {peer}"));
    start(Mode::ReplyOnce);
    auto client = PeerProcess::python(QStringLiteral("tcp_client_reply.py"), {portArg(), hex("x")});
    QTRY_VERIFY_WITH_TIMEOUT(client->has(QStringLiteral("REPLY")), Timeout);
    const QByteArray answer = client->replyBytes();
    QVERIFY2(answer.startsWith("<b>x</b> from 127.0.0.1:"), answer.constData());
    QVERIFY(child<ExplainPane>("explainPane")->pythonText().contains(QLatin1String("<b>")));
}

void TestTcpServerTab::commandTableProblemsAreExplained()
{
    child<QComboBox>("modeCombo")->setCurrentIndex(1); // conversation
    auto *table = child<QTableWidget>("commandsTable");
    QVERIFY(table->isEnabled());
    child<QPushButton>("addCommandButton")->click();
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(child<QLabel>("messageLabel")->text().contains(QLatin1String("row 3 has no command word")));
    QCOMPARE(m_tab->engine()->commands().size(), 2);

    table->item(2, 0)->setText(QStringLiteral("TIME"));
    QVERIFY(child<QLabel>("messageLabel")->text().contains(QLatin1String("appears twice")));
    table->item(2, 0)->setText(QStringLiteral("hello"));
    table->item(2, 1)->setText(QStringLiteral("hi {peer}"));
    QVERIFY(child<QLabel>("messageLabel")->isHidden());
    QCOMPARE(m_tab->engine()->commands().size(), 3);
    QCOMPARE(m_tab->engine()->commands().at(2).replyTemplate, QStringLiteral("hi {peer}"));

    start(Mode::Conversation);
    auto client = PeerProcess::python(QStringLiteral("tcp_client_conversation.py"),
                                      {portArg(), QStringLiteral("hello")});
    QTRY_VERIFY_WITH_TIMEOUT(client->has(QStringLiteral("REPLY")), Timeout);
    QVERIFY(client->replyBytes().startsWith("hi 127.0.0.1:"));
}

void TestTcpServerTab::repliesFollowTheLanguageUntilEdited()
{
    LanguageManager &languages = *m_languages;
    child<QComboBox>("modeCombo")->setCurrentIndex(0);
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>("replyEdit")->text(),
                              QStringLiteral("服务器已收到你的消息: {message}"), Timeout);
    QCOMPARE(m_tab->engine()->commands().at(1).replyTemplate, QStringLiteral("再见!"));
    QVERIFY(child<QPushButton>("startButton")->text().contains(QStringLiteral("启动")));

    // Edited: the teacher's text stays when the language changes back.
    child<QLineEdit>("replyEdit")->setText(QString());
    QTest::keyClicks(child<QLineEdit>("replyEdit"), QStringLiteral("OK {message}"));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("startButton")->text().contains(QLatin1String("Start")),
                             Timeout);
    QCOMPARE(child<QLineEdit>("replyEdit")->text(), QStringLiteral("OK {message}"));
    // Defaults puts back the texts of the current language.
    child<QPushButton>("resetRepliesButton")->click();
    QCOMPARE(child<QLineEdit>("replyEdit")->text(),
             QStringLiteral("Server received your message: {message}"));
}

void TestTcpServerTab::largeReadIsKeptCapped()
{
    start(Mode::EventLoop);
    auto socket = connectClient();
    QVERIFY(socket);
    const QByteArray big(200 * 1024, 'z');
    socket->write(big);
    QVERIFY(socket->waitForBytesWritten(Timeout));
    DataChunkModel *messages = m_tab->messageModel();
    qint64 seen = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            messages->flush();
            seen = 0;
            for (int row = 0; row < messages->rowCount(); ++row) {
                const DataChunkModel::Chunk &chunk = messages->chunk(row);
                if (chunk.label == QStringLiteral("←"))
                    seen += chunk.totalSize >= 0 ? chunk.totalSize : chunk.bytes.size();
                if (chunk.bytes.size() > TcpServerTab::KeptBytesPerMessage)
                    return false;
            }
            return seen == big.size();
        }(),
        Timeout);
    QCOMPARE(seen, qint64(big.size())); // every byte counted, none kept beyond the cap
}

void TestTcpServerTab::threadLimitIsReachedAndSaid()
{
    child<QSpinBox>("maxThreadsSpin")->setValue(1);
    start(Mode::ThreadPerClient);
    auto first = connectClient();
    QVERIFY(first);
    QTcpSocket second;
    second.connectToHost(QHostAddress(QHostAddress::LocalHost), m_tab->engine()->serverPort());
    QVERIFY(second.waitForConnected(Timeout));
    // Accepted and closed at once: the peer sees the end, the tab says why.
    QTRY_COMPARE_WITH_TIMEOUT((second.waitForReadyRead(20), second.state()),
                              QAbstractSocket::UnconnectedState, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("clientCountLabel")->text().contains(QLatin1String("1 refused")),
                             Timeout);
    const QString message = child<QLabel>("messageLabel")->text();
    QVERIFY2(message.contains(QLatin1String("thread")), qPrintable(message));
    QCOMPARE(m_tab->engine()->clientCount(), 1);
}

QTEST_MAIN(TestTcpServerTab)
#include "tst_tcpservertab.moc"
