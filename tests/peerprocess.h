#pragma once

#include <QObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <memory>

// An independent peer for the network tests: one of the python scripts in
// tests/peers (NETLAB_PEERS_DIR), socat or nc, run as its own process. It
// collects the lines the peer prints; waits go through the event loop
// (QTRY_*), so the engine under test keeps running meanwhile. The process is
// killed when the object is destroyed.
class PeerProcess final : public QObject
{
public:
    PeerProcess(const QString &program, const QStringList &arguments)
    {
        connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
            m_buffer += m_process.readAllStandardOutput();
            qsizetype newline;
            while ((newline = m_buffer.indexOf('\n')) >= 0) {
                m_lines.append(QString::fromUtf8(m_buffer.left(newline)));
                m_buffer.remove(0, newline + 1);
            }
        });
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(program, arguments);
    }
    ~PeerProcess() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

#ifdef NETLAB_PEERS_DIR
    // A script of tests/peers run with python3.
    static std::unique_ptr<PeerProcess> python(const QString &script, const QStringList &arguments)
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        return std::make_unique<PeerProcess>(
            python, QStringList{QStringLiteral(NETLAB_PEERS_DIR "/") + script} + arguments);
    }
#endif

    // The text after "<prefix> " of the n-th line starting with it, or a null string.
    QString value(const QString &prefix, int n = 0) const
    {
        int seen = 0;
        for (const QString &line : m_lines) {
            if (line == prefix || line.startsWith(prefix + u' ')) {
                if (seen++ == n)
                    return line == prefix ? QStringLiteral("") : line.mid(prefix.size() + 1);
            }
        }
        return QString();
    }
    bool has(const QString &prefix, int n = 0) const
    {
        return !value(prefix, n).isNull();
    }
    int count(const QString &prefix) const
    {
        int n = 0;
        while (has(prefix, n))
            ++n;
        return n;
    }
    // The bytes of the n-th "REPLY <hex>" line.
    QByteArray replyBytes(int n = 0) const
    {
        return QByteArray::fromHex(value(QStringLiteral("REPLY"), n).toLatin1());
    }
    QStringList lines() const
    {
        return m_lines;
    }
    QString errors()
    {
        return QString::fromUtf8(m_process.readAllStandardError());
    }
    QProcess &process()
    {
        return m_process;
    }

private:
    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
};
