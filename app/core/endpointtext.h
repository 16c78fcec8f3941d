#pragma once

#include <QString>

// Reads "HOST:PORT" as people type it on a command line: "127.0.0.1:8888",
// "localhost:8888", "[::1]:8888" (IPv6 in brackets, as in URLs), or a bare
// port where the caller allows it ("9999"). Errors are translated sentences
// that quote what was typed and say what to write instead (context
// "EndpointText"). Pure functions, any thread.
namespace EndpointText {

struct Endpoint
{
    QString host; // without brackets; empty when only a port was given
    quint16 port = 0;
    QString error; // empty when the text was understood

    bool ok() const { return error.isEmpty(); }
};

// allowZeroPort: port 0 means "any free port" (servers, receivers).
// hostRequired: false lets "PORT" alone through (host left empty).
Endpoint parse(const QString &text, bool allowZeroPort, bool hostRequired = true);

} // namespace EndpointText
