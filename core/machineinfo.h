#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

// Raw text of every source the machine facts come from; filled from the live system by
// MachineInfo::gather(), or from captured samples in tests.
//
// The Python tool (benchadapt's machine_info()) reads the same sources; MachineInfo::fromSources()
// interprets them the way it does, so that a migrating user lands on the same Conbench hardware
// record (name, gpu_count, cpu_core_count, cpu_thread_count, memory_bytes).
struct MachineInfoSources
{
    QString hostName; // platform.node(): uname nodename
    QString systemName; // "Linux" / "Darwin" (uname -s)
    QString kernelRelease; // uname -r
    QString machine; // uname -m
    // uname -p, which Python's platform.processor() runs on Linux; "unknown" (Debian) or the same
    // value as machine (Fedora, Ubuntu) drop out of the platform string.
    QString processor;
    // First word of confstr(_CS_GNU_LIBC_VERSION) ("glibc"); left empty with a libcVersion set,
    // "glibc" is assumed.
    QString libcName;
    QString libcVersion; // e.g. "2.36" (gnu_get_libc_version)
    QString macosProductVersion; // macOS: ProductVersion of SystemVersion.plist (Python's mac_ver())
    QString lscpu; // output of `lscpu --bytes` (of plain `lscpu` where --bytes is unknown)
    QString procMeminfo; // contents of /proc/meminfo (Linux)
    int logicalCpus = 0; // os.cpu_count(): sysconf(_SC_NPROCESSORS_ONLN); 0 = unknown
    int physicalCores = 0; // psutil.cpu_count(logical=False) on Linux; 0 = unknown
    // Output of nvidia-smi --query-gpu=gpu_name --format=csv,noheader; nullopt when the tool is
    // absent, failed or timed out.
    std::optional<QString> nvidiaSmi;
    // macOS: `sysctl -n KEY` output for the keys of MachineInfo::sysctlKeys() (empty on Linux).
    QMap<QString, QString> sysctl;
};

class MachineInfo
{
public:
    // The 16 MachineCreate fields, in the order of the reference.
    static QStringList fieldNames();
    // The sysctl keys read on macOS (as `sysctl -n KEY`).
    static QStringList sysctlKeys();

    // From the running system. Runs lscpu / nvidia-smi / sysctl as needed (with time-outs).
    static MachineInfoSources gather();
    // Pure: parse the sources and build the 16 fields, every scalar a string, gpu_product_names
    // an array of strings, unknown integers "0".
    static QJsonObject fromSources(const MachineInfoSources &sources);
    // The machine_info of this host: gathered once per process (thread-safe), then the
    // CONBENCH_MACHINE_INFO_NAME override (trimmed; if set but blank: ignored) applied to "name"
    // on every call.
    static QJsonObject current();

    // "name" replaced by the trimmed override, unless that is empty.
    static QJsonObject withNameOverride(QJsonObject info, const QString &overrideValue);

    // --- Parsing helpers (public for tests) -------------------------------------------------

    // "Key: value" lines with exactly one colon, key and value trimmed; a later key wins. This is
    // how the Python tool reads lscpu and /proc/meminfo (lines with more colons are skipped).
    static QMap<QString, QString> parseKeyValueLines(const QString &text);
    // An lscpu cache size: the first number counts ("65536 (2 instances)" -> 65536). The older
    // lscpu without --bytes prints "32K" / "8M": binary multiples. nullopt when not a number.
    static std::optional<qint64> parseLscpuBytes(const QString &value);
    // "CPU max MHz" ("3500.0000") in Hz, truncated like int(float(v) * 10**6).
    static std::optional<qint64> parseLscpuMaxHz(const QString &value);
    // MemTotal of /proc/meminfo (kB) multiplied by 1000, as the Python tool does.
    static std::optional<qint64> parseMemTotalBytes(const QString &procMeminfo);
    // Rounds to the nearest whole GiB (2^30), halves to even, as Python's "{:.0f}".format().
    static qint64 roundToWholeGiB(qint64 bytes);
    // GPU names: one per line of the trimmed output (as the Python tool splits it).
    static QStringList parseNvidiaSmi(const QString &output);

    // CPython's platform._platform(*parts): the filename-safe joined platform string.
    static QString platformString(const QStringList &parts);
    // platform.platform(terse=True) for these sources, e.g.
    // "Linux-6.1.0-13-amd64-x86_64-with-glibc2.36" or "macOS-14.1.1".
    static QString tersePlatform(const MachineInfoSources &sources);

    // psutil.cpu_count(logical=False) on Linux, method 1: the number of distinct
    // topology/core_cpus_list (or thread_siblings_list) contents; 0 if none.
    static int physicalCoresFromSiblingLists(const QStringList &siblingLists);
    // Method 2: sum of "cpu cores" per distinct "physical id" of /proc/cpuinfo; nullopt on a
    // line psutil cannot parse, 0 when nothing is found.
    static std::optional<int> physicalCoresFromCpuinfo(const QString &procCpuinfo);
    // Both methods over a sysfs cpu directory and a cpuinfo file; 0 when unknown.
    static int countPhysicalCores(const QString &sysCpuDir = QStringLiteral("/sys/devices/system/cpu"),
        const QString &procCpuinfoPath = QStringLiteral("/proc/cpuinfo"));

    // ProductVersion of a macOS SystemVersion.plist (XML); empty when absent.
    static QString parseSystemVersionPlist(const QByteArray &plist);
};
