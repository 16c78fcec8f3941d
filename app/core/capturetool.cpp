#include "capturetool.h"

#include "wiresharkfilters.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cerrno>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <vector>

namespace {

// From linux/capability.h; written out so the build needs no kernel headers.
constexpr quint32 CapNetAdmin = 12;
constexpr quint32 CapNetRaw = 13;
constexpr quint32 VfsCapRevisionMask = 0xFF000000;
constexpr quint32 VfsCapRevision1 = 0x01000000;
constexpr quint32 VfsCapRevision2 = 0x02000000;
constexpr quint32 VfsCapRevision3 = 0x03000000;

quint32 readLe32(const unsigned char *p)
{
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

// The groups `uid` belongs to: this process's own list when it is us (it is
// what the kernel checks, and a new group only counts after logging in again),
// otherwise the password database's.
std::vector<gid_t> groupsOf(uint uid)
{
    std::vector<gid_t> groups;
    if (uid == ::geteuid()) {
        const int count = ::getgroups(0, nullptr);
        if (count > 0) {
            groups.resize(size_t(count));
            if (::getgroups(count, groups.data()) < 0)
                groups.clear();
        }
        groups.push_back(::getegid());
        return groups;
    }
    const passwd *entry = ::getpwuid(uid);
    if (!entry)
        return groups;
    int count = 64;
    groups.resize(size_t(count));
    if (::getgrouplist(entry->pw_name, entry->pw_gid, groups.data(), &count) < 0) {
        groups.resize(size_t(count));
        if (::getgrouplist(entry->pw_name, entry->pw_gid, groups.data(), &count) < 0)
            count = 0;
    }
    groups.resize(size_t(count));
    return groups;
}

bool executableBy(const struct stat &info, uint uid)
{
    if (uid == 0)
        return (info.st_mode & (S_IXUSR | S_IXGRP | S_IXOTH)) != 0;
    if (info.st_uid == uid)
        return (info.st_mode & S_IXUSR) != 0;
    for (const gid_t gid : groupsOf(uid)) {
        if (gid == info.st_gid)
            return (info.st_mode & S_IXGRP) != 0;
    }
    return (info.st_mode & S_IXOTH) != 0;
}

bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

CaptureTool::CaptureTool(const QStringList &searchPaths)
    : m_searchPaths(searchPaths)
{ }

void CaptureTool::setSearchPaths(const QStringList &searchPaths)
{
    m_searchPaths = searchPaths;
}

QStringList CaptureTool::searchPaths() const
{
    return m_searchPaths;
}

void CaptureTool::setEffectiveUserIdForTesting(std::optional<uint> uid)
{
    m_uidOverride = uid;
}

QString CaptureTool::findProgram(const QString &name) const
{
    return QStandardPaths::findExecutable(name, m_searchPaths);
}

std::optional<bool> CaptureTool::fileHasCaptureCapabilities(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    unsigned char data[24] = {};
    const ssize_t size = ::getxattr(native.constData(), "security.capability", data, sizeof data);
    if (size < 0) {
        if (errno == ENOTSUP)
            return std::nullopt;
        return false; // ENODATA: no capabilities; anything else: none we can see
    }
    if (size < 12)
        return false;
    const quint32 revision = readLe32(data) & VfsCapRevisionMask;
    if (revision != VfsCapRevision1 && revision != VfsCapRevision2 && revision != VfsCapRevision3)
        return false;
    // Both capabilities are below 32, so the first permitted word holds them.
    const quint32 permitted = readLe32(data + 4);
    const quint32 wanted = (1u << CapNetAdmin) | (1u << CapNetRaw);
    return (permitted & wanted) == wanted;
}

bool CaptureTool::getcapOutputPermits(const QString &output)
{
    QStringList tokens = output.simplified().split(u' ', Qt::SkipEmptyParts);
    if (!tokens.isEmpty() && !tokens.first().startsWith(QLatin1String("cap_")) && tokens.first() != u'=')
        tokens.removeFirst(); // the file name
    bool raw = false;
    bool admin = false;
    static const QRegularExpression clause(QStringLiteral("^([a-z_,0-9]*)([=+-])([eip]*)(.*)$"));
    for (const QString &token : std::as_const(tokens)) {
        const QRegularExpressionMatch match = clause.match(token);
        if (!match.hasMatch())
            continue;
        const QStringList names = match.captured(1).split(u',', Qt::SkipEmptyParts);
        const QChar op = match.captured(2).at(0);
        const bool permittedFlag = match.captured(3).contains(u'p');
        if (names.isEmpty()) {
            // "=ep" alone: every capability; "=" alone: none (the old format's start).
            if (op == u'=') {
                raw = permittedFlag;
                admin = permittedFlag;
            }
            continue;
        }
        const bool value = op == u'-' ? false : permittedFlag;
        if (op == u'+' && !permittedFlag)
            continue;
        if (names.contains(QLatin1String("cap_net_raw")) || names.contains(QLatin1String("all")))
            raw = value;
        if (names.contains(QLatin1String("cap_net_admin")) || names.contains(QLatin1String("all")))
            admin = value;
    }
    return raw && admin;
}

bool CaptureTool::dumpcapPermits(const QString &dumpcapPath, uint uid)
{
    if (uid == 0)
        return true;
    struct stat info = {};
    if (::stat(QFile::encodeName(dumpcapPath).constData(), &info) != 0)
        return false;
    if (!executableBy(info, uid))
        return false; // Debian: root:wireshark 0754, so only group members may run it
    if ((info.st_mode & S_ISUID) && info.st_uid == 0)
        return true;
    std::optional<bool> capabilities = fileHasCaptureCapabilities(dumpcapPath);
    if (!capabilities) {
        const QString getcap = QStandardPaths::findExecutable(QStringLiteral("getcap"));
        const QString sbinGetcap = getcap.isEmpty()
            ? QStandardPaths::findExecutable(QStringLiteral("getcap"),
                                             {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
            : getcap;
        if (sbinGetcap.isEmpty())
            return false;
        QProcess process;
        process.start(sbinGetcap, {dumpcapPath});
        if (!process.waitForFinished(3000))
            return false;
        capabilities = getcapOutputPermits(QString::fromLocal8Bit(process.readAllStandardOutput()));
    }
    return *capabilities;
}

QString CaptureTool::installAdvice()
{
    return tr("Wireshark is not installed. Install it in a terminal with:\n"
              "sudo apt install wireshark\n"
              "(or sudo apt install tshark for the terminal version only), then come back to this tab.");
}

QString CaptureTool::permissionAdvice()
{
    return tr("Wireshark is installed, but your user may not capture packets yet: dumpcap, the part of "
              "Wireshark that captures, is not allowed to run for you. Fix it once, in a terminal:\n"
              "1. sudo dpkg-reconfigure wireshark-common (answer Yes: non-superusers may capture)\n"
              "2. sudo usermod -aG wireshark $USER\n"
              "3. Log out and log in again: a new group only counts after logging in.");
}

CaptureTool::Status CaptureTool::status() const
{
    Status status;
    status.wiresharkPath = findProgram(QStringLiteral("wireshark"));
    status.tsharkPath = findProgram(QStringLiteral("tshark"));
    status.dumpcapPath = findProgram(QStringLiteral("dumpcap"));
    status.displayAvailable = displayAvailable();
    const uint uid = m_uidOverride.value_or(uint(::geteuid()));
    status.permitted = uid == 0 || (!status.dumpcapPath.isEmpty() && dumpcapPermits(status.dumpcapPath, uid));

    if (status.wiresharkPath.isEmpty() && status.tsharkPath.isEmpty()) {
        status.problem = Problem::NothingInstalled;
        status.message = installAdvice();
    } else if (!status.permitted) {
        status.problem = Problem::NotPermitted;
        status.message = status.dumpcapPath.isEmpty()
            ? tr("dumpcap, the part of Wireshark that captures, was not found. Reinstall it in a terminal "
                 "with: sudo apt install --reinstall wireshark-common")
            : permissionAdvice();
    } else if (status.wiresharkPath.isEmpty()) {
        status.problem = Problem::OnlyTshark;
        status.message = tr("Only tshark, the terminal version of Wireshark, is installed. Copy the tshark "
                            "command above and run it in a terminal, or install the window version with: "
                            "sudo apt install wireshark");
    } else if (!status.displayAvailable) {
        status.problem = Problem::NoDisplay;
        status.message = tr("Wireshark needs a desktop to show its window, and there is none here (neither "
                            "DISPLAY nor WAYLAND_DISPLAY is set). Copy the tshark command above and run it "
                            "in a terminal.");
    } else {
        status.problem = Problem::None;
        status.message = tr("Wireshark is ready: the button starts it capturing on the interface and with "
                            "the capture filter shown above.");
    }
    return status;
}

bool CaptureTool::startWireshark(const QString &interfaceName, const QString &captureFilter,
                                 QString *error) const
{
    const Status current = status();
    if (!current.canStartWireshark()) {
        if (error)
            *error = current.message;
        return false;
    }
    QProcess process;
    process.setProgram(current.wiresharkPath);
    process.setArguments(WiresharkFilters::wiresharkArguments(interfaceName, captureFilter));
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    if (!process.startDetached()) {
        if (error)
            *error = tr("Wireshark could not be started (%1): %2")
                         .arg(current.wiresharkPath, process.errorString());
        return false;
    }
    return true;
}
