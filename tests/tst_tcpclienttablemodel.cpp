#include "tcpclienttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

namespace {
TcpServerEngine::ClientInfo
makeClient(quint64 id, TcpServerEngine::ClientState state = TcpServerEngine::ClientState::Served)
{
    TcpServerEngine::ClientInfo client;
    client.id = id;
    client.peerAddress = QHostAddress::LocalHost;
    client.peerPort = quint16(40000 + id);
    client.peer = QStringLiteral("127.0.0.1:%1").arg(client.peerPort);
    client.thread = QStringLiteral("main · TID 1");
    client.connectedSince = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9));
    client.state = state;
    return client;
}
} // namespace

class TestTcpClientTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void updatesOfOneClientBeforeAFlushBecomeOneRow();
    void manyUpdatesMakeOneInsertAndOneDataChanged();
    void columnsShowTheClient_data();
    void columnsShowTheClient();
    void clearFinishedKeepsClientsStillConnected();
    void flushHappensByItselfWithinTheInterval();
    void retranslateSignalsHeadersAndRows();
    void followsTheEngine();

private:
    std::unique_ptr<TcpClientTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTcpClientTableModel::init()
{
    m_model = std::make_unique<TcpClientTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTcpClientTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestTcpClientTableModel::updatesOfOneClientBeforeAFlushBecomeOneRow()
{
    auto client = makeClient(1);
    m_model->updateClient(client);
    client.bytesIn = 10;
    m_model->updateClient(client);
    QCOMPARE(m_model->rowCount(), 0); // nothing before the flush
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->data(m_model->index(0, TcpClientTableModel::BytesIn)).toULongLong(), 10u);
    QCOMPARE(m_model->clientId(0), 1u);
    QCOMPARE(m_model->rowOf(1), 0);
    QCOMPARE(m_model->rowOf(99), -1);
}

void TestTcpClientTableModel::manyUpdatesMakeOneInsertAndOneDataChanged()
{
    for (quint64 id = 1; id <= 3; ++id)
        m_model->updateClient(makeClient(id));
    m_model->flush();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    for (int packet = 0; packet < 1000; ++packet) {
        auto client = makeClient(packet % 2 ? 1 : 3);
        client.bytesIn = quint64(packet);
        m_model->updateClient(client);
    }
    for (quint64 id = 4; id <= 6; ++id)
        m_model->updateClient(makeClient(id));
    m_model->flush();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(inserted.first().at(2).toInt(), 5);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
    QCOMPARE(m_model->client(0).bytesIn, 999u);
    QCOMPARE(m_model->client(2).bytesIn, 998u);
}

void TestTcpClientTableModel::columnsShowTheClient_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("peer as address:port")
        << int(TcpClientTableModel::Peer) << QVariant(QStringLiteral("127.0.0.1:40007"));
    QTest::newRow("serving thread") << int(TcpClientTableModel::Thread)
                                    << QVariant(QStringLiteral("main · TID 1"));
    QTest::newRow("connected since, local time")
        << int(TcpClientTableModel::ConnectedSince) << QVariant(QStringLiteral("07:08:09"));
    QTest::newRow("bytes out") << int(TcpClientTableModel::BytesOut) << QVariant(quint64(12));
    QTest::newRow("messages in") << int(TcpClientTableModel::MessagesIn) << QVariant(quint64(3));
    QTest::newRow("messages out") << int(TcpClientTableModel::MessagesOut) << QVariant(quint64(4));
    QTest::newRow("state in words") << int(TcpClientTableModel::State) << QVariant(QStringLiteral("reset"));
}

void TestTcpClientTableModel::columnsShowTheClient()
{
    QFETCH(int, column);
    QFETCH(QVariant, expected);
    auto client = makeClient(7, TcpServerEngine::ClientState::Reset);
    client.bytesOut = 12;
    client.messagesIn = 3;
    client.messagesOut = 4;
    client.note = QStringLiteral("why it ended");
    m_model->updateClient(client);
    m_model->flush();
    const QModelIndex index = m_model->index(0, column);
    QCOMPARE(m_model->data(index).toString(), expected.toString());
    QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    if (column == TcpClientTableModel::State)
        QCOMPARE(m_model->data(index, Qt::ToolTipRole).toString(), QStringLiteral("why it ended"));
}

void TestTcpClientTableModel::clearFinishedKeepsClientsStillConnected()
{
    using S = TcpServerEngine::ClientState;
    const S states[] = {S::Closed, S::Served, S::Reset, S::Refused, S::Waiting, S::Failed, S::Closing};
    quint64 id = 1;
    for (const S state : states)
        m_model->updateClient(makeClient(id++, state));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 7);
    m_model->clearFinished();
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->clientId(0), 2u);
    QCOMPARE(m_model->clientId(1), 5u);
    QCOMPARE(m_model->clientId(2), 7u);
    QCOMPARE(m_model->rowOf(7), 2);
    // Later updates find their (moved) rows.
    auto client = makeClient(7, S::Closed);
    m_model->updateClient(client);
    m_model->flush();
    QCOMPARE(m_model->client(2).state, S::Closed);
    QCOMPARE(m_model->rowCount(), 3);
}

void TestTcpClientTableModel::flushHappensByItselfWithinTheInterval()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->updateClient(makeClient(1));
    QVERIFY(inserted.wait(5000));
    QCOMPARE(m_model->rowCount(), 1);
}

void TestTcpClientTableModel::retranslateSignalsHeadersAndRows()
{
    m_model->updateClient(makeClient(1));
    m_model->flush();
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(changed.count(), 1);
}

void TestTcpClientTableModel::followsTheEngine()
{
    TcpServerEngine engine(nullptr);
    m_model->setEngine(&engine);
    QVERIFY(engine.listen(QHostAddress::LocalHost, 0, TcpServerEngine::Mode::EventLoop));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, engine.serverPort());
    QVERIFY(socket.waitForConnected(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, 10000);
    QCOMPARE(m_model->client(0).state, TcpServerEngine::ClientState::Served);
    socket.write("hello");
    QTRY_COMPARE_WITH_TIMEOUT(m_model->client(0).bytesIn, 5u, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->client(0).bytesOut > 0, 10000);
    // Read the reply first: closing with unread data makes Linux send a
    // reset, and the row would (rightly) say Reset instead of Closed.
    QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0 || socket.waitForReadyRead(10), 10000);
    socket.readAll();
    socket.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->client(0).state, TcpServerEngine::ClientState::Closed, 10000);
    QCOMPARE(m_model->rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestTcpClientTableModel)
#include "tst_tcpclienttablemodel.moc"
