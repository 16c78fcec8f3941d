// libFuzzer target: EndpointText::parse ("HOST:PORT" as people type it).
//
// Invariants beyond "no crash":
//  - exactly one of "understood" and "error" holds;
//  - an understood endpoint respects the flags: port 0 only where allowed,
//    a host whenever one is required, never a host with spaces;
//  - written out again ("[host]:port" when the host has a colon or starts
//    with '[', "host:port" otherwise, "port" alone when there is no host)
//    it parses to the same host and port.

#include "endpointtext.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    const bool allowZeroPort = in.flag();
    const bool hostRequired = in.flag();
    const bool utf16 = in.flag();
    const QByteArray raw = in.rest();
    const QString text = utf16 ? FuzzInput::fromUnits(raw) : QString::fromUtf8(raw);

    const EndpointText::Endpoint endpoint = EndpointText::parse(text, allowZeroPort, hostRequired);
    if (!endpoint.ok()) {
        FUZZ_CHECK(endpoint.host.isEmpty() && endpoint.port == 0, "error with a result");
        return 0;
    }
    FUZZ_CHECK(allowZeroPort || endpoint.port != 0, "port 0 accepted in %s", fuzzText(text).constData());
    FUZZ_CHECK(!hostRequired || !endpoint.host.isEmpty(), "no host in %s", fuzzText(text).constData());
    for (const QChar c : endpoint.host)
        FUZZ_CHECK(!c.isSpace(), "host with a space from %s", fuzzText(text).constData());

    QString again;
    const QString port = QString::number(endpoint.port);
    if (endpoint.host.isEmpty())
        again = port;
    else if (endpoint.host.contains(u':') || endpoint.host.startsWith(u'['))
        again = u'[' + endpoint.host + QLatin1String("]:") + port;
    else
        again = endpoint.host + u':' + port;
    const EndpointText::Endpoint reread = EndpointText::parse(again, allowZeroPort, hostRequired);
    FUZZ_CHECK(reread.ok() && reread.host == endpoint.host && reread.port == endpoint.port,
               "%s understood as host %s port %u, but %s as host %s port %u (%s)", fuzzText(text).constData(),
               fuzzText(endpoint.host).constData(), endpoint.port, fuzzText(again).constData(),
               fuzzText(reread.host).constData(), reread.port, fuzzText(reread.error).constData());
    return 0;
}
