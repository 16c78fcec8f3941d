// libFuzzer target: AddressInfo::inspect (an address, or a CIDR network).
//
// Invariants beyond "no crash":
//  - a refusal has a reason; an understood text has an address of the
//    reported version and a prefix inside 0-32 / 0-128;
//  - the address written out by Qt is understood again, in the same
//    category;
//  - with a prefix: the network is the address with the host bits cleared,
//    the typed address lies between the network and the last address, the
//    host count is decimal digits, and the network re-inspected with the
//    same prefix gives the same network, mask and host count.

#include "addressinfo.h"
#include "fuzzinput.h"

namespace {

bool inNetwork(const QHostAddress &address, const QHostAddress &network, int prefix)
{
    return address.isInSubnet(network, prefix);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const AddressReport report = AddressInfo::inspect(text);
    if (!report.ok) {
        FUZZ_CHECK(!report.error.isEmpty(), "refused without a reason: %s", fuzzText(text).constData());
        return 0;
    }
    FUZZ_CHECK(report.error.isEmpty(), "understood but with an error");
    FUZZ_CHECK(!report.address.isNull() && report.address.protocol() == report.version, "address/version");
    const int bits = report.version == QAbstractSocket::IPv4Protocol ? 32 : 128;

    const AddressReport plain = AddressInfo::inspect(report.address.toString());
    FUZZ_CHECK(plain.ok && plain.address == report.address && plain.category == report.category,
               "%s re-read as %s: %s", fuzzText(text).constData(),
               fuzzText(report.address.toString()).constData(), fuzzText(plain.error).constData());
    FUZZ_CHECK(AddressInfo::categorize(report.address) == report.category,
               "category differs from categorize()");

    if (!report.hasPrefix) {
        FUZZ_CHECK(report.prefixLength == -1, "prefix %d without a prefix", report.prefixLength);
        return 0;
    }
    FUZZ_CHECK(report.prefixLength >= 0 && report.prefixLength <= bits, "prefix %d", report.prefixLength);
    FUZZ_CHECK(report.hostBits == bits - report.prefixLength, "host bits %d", report.hostBits);
    FUZZ_CHECK(inNetwork(report.address, report.network, report.prefixLength), "address outside its network");
    FUZZ_CHECK(
        QHostAddress::parseSubnet(report.network.toString() + u'/' + QString::number(report.prefixLength))
                .first
            == report.network,
        "the network %s has host bits set", fuzzText(report.network.toString()).constData());
    FUZZ_CHECK(!report.hostCount.isEmpty(), "no host count");
    for (const QChar c : report.hostCount)
        FUZZ_CHECK(c.isDigit() && c.unicode() < 0x80, "host count %s",
                   fuzzText(report.hostCount).constData());
    if (!report.firstHost.isNull())
        FUZZ_CHECK(inNetwork(report.firstHost, report.network, report.prefixLength), "first host outside");
    if (!report.lastHost.isNull())
        FUZZ_CHECK(inNetwork(report.lastHost, report.network, report.prefixLength), "last host outside");
    // A /31, /32 or /128 has no address set aside for the network: every
    // address is a host, so none is called the network address.
    const bool hasNetworkAddress = report.version == QAbstractSocket::IPv4Protocol
        ? report.prefixLength <= 30
        : report.prefixLength < 128;
    FUZZ_CHECK(report.isNetworkAddress == (hasNetworkAddress && report.address == report.network),
               "isNetworkAddress wrong for %s", fuzzText(text).constData());

    const QString again = report.network.toString() + u'/' + QString::number(report.prefixLength);
    const AddressReport net = AddressInfo::inspect(again);
    FUZZ_CHECK(net.ok && net.network == report.network && net.netmask == report.netmask
                   && net.hostCount == report.hostCount && net.broadcast == report.broadcast,
               "%s and %s describe different networks", fuzzText(text).constData(),
               fuzzText(again).constData());
    return 0;
}
