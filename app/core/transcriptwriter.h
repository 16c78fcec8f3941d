#pragma once

#include "trafficevent.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>

// Appends every traffic event to a file as one JSON object per line ("JSON
// Lines"), written and handed to the operating system as it happens, so the
// file is complete up to the last event even if NetLab is killed. Unlike the
// traffic log view it never drops anything and never cuts a payload.
//
// One line, keys always present and always in this order:
//   {"time": "2026-11-25T21:03:04.123+08:00", "tab": "tcp-server",
//    "event": "received", "direction": "in", "protocol": "tcp",
//    "local": "127.0.0.1:8888", "peer": "127.0.0.1:51234", "bytes": 5,
//    "hex": "74696d650a", "text": "time\n", "encoding": "UTF-8", "note": ""}
//  time      ISO-8601 local time with milliseconds and the UTC offset
//  tab       the stable tab id (TrafficEvent::tab)
//  event     TrafficNames::kindId: "sent", "received", "connected", ...
//  direction "in", "out", or "" when the event has no direction (listening,
//            closed, reset, error)
//  protocol  "tcp" or "udp"
//  local     endpoint text; peer likewise, "" when there is none
//  bytes     payload size in bytes (a number)
//  hex       the payload, two lower-case hex digits a byte: the truth
//  text      the payload decoded in `encoding`; bytes that are no character
//            of it appear as U+FFFD (a leading byte-order mark is left out)
//  encoding  the encoding `text` was decoded in: the event's own, or "UTF-8"
//            when the event names one this Qt cannot decode
//  note      a sentence for people (an error explained), "" when none
// Strings are UTF-8 with JSON escapes for '"', '\\' and control characters.
//
// GUI thread (or any one thread at a time); owns its file.
class TranscriptWriter final : public QObject
{
    Q_OBJECT
public:
    explicit TranscriptWriter(QObject *parent = nullptr);
    ~TranscriptWriter() override;

    // Opens path for appending, creating the file when needed; an open
    // transcript is closed first. On failure returns false and, when
    // errorMessage is not null, sets it to a translated sentence naming the
    // path and the reason ("Cannot write the transcript to /x/y: Permission denied").
    bool open(const QString &path, QString *errorMessage = nullptr);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString fileName() const { return m_file.fileName(); }

    // Appends one line for event and hands it to the operating system at once.
    // Does nothing when no transcript is open. When the write fails (disk
    // full), emits writeFailed once and keeps writing the following events;
    // after a write succeeds again, the next failure is reported again.
    void write(const TrafficEvent &event);

    // Lines written and lines that could not be written since open().
    quint64 writtenCount() const { return m_written; }
    quint64 failedCount() const { return m_failed; }

    // The line for event, including the final '\n'. Pure; any thread.
    static QByteArray toJsonLine(const TrafficEvent &event);

signals:
    void writeFailed(const QString &message);

private:
    QFile m_file;
    quint64 m_written = 0;
    quint64 m_failed = 0;
    bool m_failing = false;
    bool m_brokenLine = false; // the last write stopped in mid-line
};
