// Start-up time to the first painted window: NetLab against the baseline (a
// bare Qt Widgets window, startup_baseline), each started 7 times in turn as
// a new process; the median of each. The clock runs from just before the
// process is started to its FIRST-PAINT line, so it includes loading the
// libraries, reading settings and translations, and building all seven tabs.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int Runs = 7;

// Milliseconds to the FIRST-PAINT line, or -1 on failure.
double timeToFirstPaint(const QString &program, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(program, {});
    if (!process.waitForStarted(10000))
        return -1;
    QByteArray out;
    while (!out.contains("FIRST-PAINT")) {
        if (!process.waitForReadyRead(30000))
            return -1;
        out += process.readAllStandardOutput();
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    process.waitForFinished(10000);
    return ms;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir config; // NetLab starts as on a new machine: no saved settings
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NETLAB_BENCH_STARTUP"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    std::vector<double> netlab;
    std::vector<double> baseline;
    // One warm-up of each (the first start after a build reads the libraries from disk).
    timeToFirstPaint(QStringLiteral(STARTUP_BASELINE), env);
    timeToFirstPaint(QStringLiteral(NETLAB_BINARY), env);
    for (int i = 0; i < Runs; ++i) {
        const double b = timeToFirstPaint(QStringLiteral(STARTUP_BASELINE), env);
        const double n = timeToFirstPaint(QStringLiteral(NETLAB_BINARY), env);
        if (b < 0 || n < 0) {
            std::fprintf(stderr, "a start-up run failed (baseline %.1f ms, NetLab %.1f ms)\n", b, n);
            return 1;
        }
        baseline.push_back(b);
        netlab.push_back(n);
    }
    const double b = median(baseline);
    const double n = median(netlab);
    std::printf("%-34s %10s\n", "start-up to first paint (median)", "ms");
    std::printf("%-34s %10.1f\n", "bare Qt Widgets window", b);
    std::printf("%-34s %10.1f\n", "NetLab (7 tabs)", n);
    std::printf("BENCH startup_baseline_ms %.1f ms\n", b);
    std::printf("BENCH startup_netlab_ms %.1f ms goal<=1000\n", n);
    std::printf("BENCH startup_ratio %.2f x goal<=4\n", n / b);
    return 0;
}
