#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct PcapngPacket
{
    qint64 timeNs = 0; // nanoseconds since 1970-01-01T00:00Z
    QByteArray data; // the captured bytes (a raw IP packet in NetLab's files)
    QString comment; // opt_comment (UTF-8); several are joined with '\n'; "" when none
};

// A strict reader for the pcapng files NetLab writes (see PcapngWriter), used
// by tests and the fuzz target to prove what was written. It accepts either
// byte order and several sections, skips block types it does not know, and
// refuses anything malformed: block lengths (both copies, multiple of 4, inside
// the file), the Section Header magic and version, interfaces that are not
// link type 101 (raw IP) with if_tsresol 9 (nanoseconds), option TLVs that
// overrun their block or follow the end-of-options marker, non-zero padding,
// packets on an undeclared interface or longer than their block, comments
// that are not UTF-8. Pure; any thread; never crashes, whatever the input.
class PcapngReader
{
public:
    // Reads a whole file from memory. On success fills packets (cleared
    // first) and returns true. On failure returns false and, when error is
    // not null, sets it to a translated sentence saying what is wrong and at
    // which byte offset (context "PcapngReader").
    static bool read(const QByteArray &file, QList<PcapngPacket> *packets, QString *error = nullptr);
};
