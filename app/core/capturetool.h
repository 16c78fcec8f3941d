#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Finds Wireshark's programs (wireshark, tshark, dumpcap), decides whether
// this user may capture packets, says in plain words what is wrong and how to
// fix it, and starts Wireshark on an interface with a capture filter.
//
// Capturing is permitted when the effective user is root, or when dumpcap
// (the helper both wireshark and tshark capture through) is executable by
// this user and either carries cap_net_raw + cap_net_admin in its file
// capabilities (read from the security.capability extended attribute, or
// from `getcap` output where the file system has no xattr support) or is
// setuid root.
//
// A plain value; GUI thread or any thread (it only reads the file system and
// the environment; startWireshark() starts a detached process). Never starts
// a terminal: without Wireshark or a display, the caller shows the tshark
// command line instead.
class CaptureTool
{
    Q_DECLARE_TR_FUNCTIONS(CaptureTool)
public:
    enum class Problem : quint8 {
        None, // Wireshark can be started right here
        NothingInstalled, // neither wireshark nor tshark was found
        OnlyTshark, // tshark without wireshark: run the command in a terminal
        NotPermitted, // found, but this user may not capture
        NoDisplay, // wireshark found and permitted, but there is no display to show it on
    };

    struct Status
    {
        QString wiresharkPath; // absolute paths; empty when not found
        QString tsharkPath;
        QString dumpcapPath;
        bool permitted = false; // this user may capture packets
        bool displayAvailable = false; // DISPLAY or WAYLAND_DISPLAY is set
        Problem problem = Problem::NothingInstalled;
        QString message; // translated: what is wrong and how to fix it, or that all is ready

        bool canStartWireshark() const { return problem == Problem::None; }
    };

    // searchPaths: the directories to look in, in order; empty means the
    // system PATH (tests pass a temporary directory of fake programs).
    explicit CaptureTool(const QStringList &searchPaths = {});

    void setSearchPaths(const QStringList &searchPaths);
    QStringList searchPaths() const;
    // For tests: decide as if the effective user id were this one.
    void setEffectiveUserIdForTesting(std::optional<uint> uid);

    QString findProgram(const QString &name) const; // absolute path or empty
    // Looks again at the file system and the environment.
    Status status() const;

    // Starts `wireshark -k -i IFACE [-f FILTER]` detached. Returns false
    // (with a translated reason in *error) when it could not be started,
    // including when status() says it should not be.
    bool startWireshark(const QString &interfaceName, const QString &captureFilter,
                        QString *error = nullptr) const;

    // Capture permission for one dumpcap file as user `uid` (pure
    // decision on the file's mode, owner and capabilities).
    static bool dumpcapPermits(const QString &dumpcapPath, uint uid);
    // Whether the file's security.capability holds cap_net_raw and
    // cap_net_admin in its permitted set; nullopt when xattrs are not
    // supported here (then getcap is asked, if installed).
    static std::optional<bool> fileHasCaptureCapabilities(const QString &path);
    // Parses one line of `getcap FILE` output, old ("= cap_net_admin,cap_net_raw+eip")
    // and new ("cap_net_admin,cap_net_raw=eip") forms.
    static bool getcapOutputPermits(const QString &output);

    static QString installAdvice(); // translated
    static QString permissionAdvice(); // translated

private:
    QStringList m_searchPaths;
    std::optional<uint> m_uidOverride;
};
