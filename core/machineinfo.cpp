#include "machineinfo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <QXmlStreamReader>

#include <cmath>
#include <limits>
#include <utility>

#if defined(Q_OS_UNIX)
#include <sys/utsname.h>
#include <unistd.h>
#endif

namespace {

// Debug output only when enabled (QT_LOGGING_RULES="benchconnect.machineinfo.debug=true"): core code stays
// silent on stderr by default.
Q_LOGGING_CATEGORY(lcMachineInfo, "benchconnect.machineinfo", QtWarningMsg)

constexpr qint64 gibibyte = qint64(1) << 30;
constexpr int toolTimeoutMs = 15000;
constexpr int nvidiaSmiTimeoutMs = 30000;

// The MachineCreate fields the Python tool forces to integers (its MUST_BE_INTS).
enum IntField
{
    CpuCoreCount,
    CpuThreadCount,
    CpuFrequencyMaxHz,
    CpuL1dCacheBytes,
    CpuL1iCacheBytes,
    CpuL2CacheBytes,
    CpuL3CacheBytes,
    MemoryBytes,
    GpuCount,
    IntFieldCount
};

const char *const intFieldNames[IntFieldCount] = {
    "cpu_core_count",
    "cpu_thread_count",
    "cpu_frequency_max_hz",
    "cpu_l1d_cache_bytes",
    "cpu_l1i_cache_bytes",
    "cpu_l2_cache_bytes",
    "cpu_l3_cache_bytes",
    "memory_bytes",
    "gpu_count",
};

// sysctl key (macOS) of each integer field; gpu_count has none.
const char *const intFieldSysctl[IntFieldCount] = {
    "hw.physicalcpu",
    "hw.logicalcpu",
    "hw.cpufrequency_max",
    "hw.l1dcachesize",
    "hw.l1icachesize",
    "hw.l2cachesize",
    "hw.l3cachesize",
    "hw.memsize",
    nullptr,
};

const char *const modelNameSysctl = "machdep.cpu.brand_string";

// lscpu row of each cache field.
const std::pair<IntField, const char *> lscpuCacheRows[] = {
    {CpuL1dCacheBytes, "L1d cache"},
    {CpuL1iCacheBytes, "L1i cache"},
    {CpuL2CacheBytes, "L2 cache"},
    {CpuL3CacheBytes, "L3 cache"},
};

// One value of the Python tool's info dict while it is being filled: None, a str or an int,
// with Python's truthiness (each source only fills what is still falsy).
class PyValue
{
public:
    static PyValue string(const QString &text)
    {
        PyValue v;
        v.m_kind = Kind::String;
        v.m_text = text;
        return v;
    }
    static PyValue integer(qint64 number)
    {
        PyValue v;
        v.m_kind = Kind::Integer;
        v.m_number = number;
        return v;
    }

    bool isTruthy() const
    {
        switch (m_kind) {
        case Kind::None:
            return false;
        case Kind::String:
            return !m_text.isEmpty();
        case Kind::Integer:
            return m_number != 0;
        }
        return false;
    }

    // str(value)
    QString toText() const
    {
        switch (m_kind) {
        case Kind::None:
            return QStringLiteral("None");
        case Kind::String:
            return m_text;
        case Kind::Integer:
            return QString::number(m_number);
        }
        return {};
    }

    // int(value), or 0 where Python's int() raises.
    qint64 toIntegerOrZero() const
    {
        switch (m_kind) {
        case Kind::None:
            return 0;
        case Kind::String: {
            bool ok = false;
            const qint64 n = m_text.trimmed().toLongLong(&ok, 10);
            return ok ? n : 0;
        }
        case Kind::Integer:
            return m_number;
        }
        return 0;
    }

private:
    enum class Kind
    {
        None,
        String,
        Integer
    };
    Kind m_kind = Kind::None;
    QString m_text;
    qint64 m_number = 0;
};

// Python's int(float(text)): nullopt where that raises (or the value does not fit).
std::optional<qint64> truncatedNumber(const QString &text, double factor)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    const double scaled = std::trunc(value * factor);
    if (scaled >= 9.2e18 || scaled <= -9.2e18)
        return std::nullopt;
    return static_cast<qint64>(scaled);
}

QString ascii(const char *text)
{
    return QString::fromLatin1(text);
}

#if defined(Q_OS_UNIX)
struct ToolOutput
{
    bool ran = false; // started and exited normally (any exit code)
    int exitCode = -1;
    QByteArray standardOutput;
};

// What a tool that describes the machine needs of our environment: where programs and libraries
// are, and the language. Nothing else, above all no credentials (CONBENCH_PASSWORD) and no
// session of ours.
QProcessEnvironment toolEnvironment(bool cLocale)
{
    const QProcessEnvironment all = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment environment;
    for (const QString &name : all.keys()) {
        static const QStringList kept {QStringLiteral("PATH"), QStringLiteral("LD_LIBRARY_PATH"),
            QStringLiteral("TMPDIR"), QStringLiteral("LANG"), QStringLiteral("LANGUAGE")};
        const bool needed = kept.contains(name) || name.startsWith(QLatin1String("LC_"));
        if (needed)
            environment.insert(name, all.value(name));
    }
    if (cLocale)
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return environment;
}

ToolOutput runTool(const QString &program, const QStringList &arguments, int timeoutMs, bool cLocale)
{
    ToolOutput output;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        qCDebug(lcMachineInfo) << "not found in PATH:" << program;
        return output;
    }
    QProcess process;
    process.setProgram(path);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.setProcessEnvironment(toolEnvironment(cLocale));
    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        qCDebug(lcMachineInfo) << "could not start" << path << process.errorString();
        return output;
    }
    if (!process.waitForFinished(timeoutMs)) {
        qCDebug(lcMachineInfo) << path << "did not finish in" << timeoutMs << "ms";
        process.kill();
        process.waitForFinished(1000);
        return output;
    }
    output.ran = process.exitStatus() == QProcess::NormalExit;
    output.exitCode = process.exitCode();
    output.standardOutput = process.readAllStandardOutput();
    if (output.ran && output.exitCode != 0)
        qCDebug(lcMachineInfo) << path << arguments << "exited with" << output.exitCode;
    return output;
}

// Standard output of a tool that exited with status 0, else nullopt.
std::optional<QString> successfulOutput(
    const QString &program, const QStringList &arguments, int timeoutMs = toolTimeoutMs, bool cLocale = false)
{
    const ToolOutput output = runTool(program, arguments, timeoutMs, cLocale);
    if (!output.ran || output.exitCode != 0)
        return std::nullopt;
    return QString::fromUtf8(output.standardOutput);
}
#endif

QByteArray readWholeFile(const QString &path, bool *ok = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (ok)
            *ok = false;
        return {};
    }
    if (ok)
        *ok = true;
    return file.readAll(); // reads to EOF, also for /proc and /sys files that report size 0
}

} // namespace

QStringList MachineInfo::fieldNames()
{
    return {
        QStringLiteral("name"),
        QStringLiteral("os_name"),
        QStringLiteral("os_version"),
        QStringLiteral("architecture_name"),
        QStringLiteral("kernel_name"),
        QStringLiteral("memory_bytes"),
        QStringLiteral("cpu_model_name"),
        QStringLiteral("cpu_core_count"),
        QStringLiteral("cpu_thread_count"),
        QStringLiteral("cpu_l1d_cache_bytes"),
        QStringLiteral("cpu_l1i_cache_bytes"),
        QStringLiteral("cpu_l2_cache_bytes"),
        QStringLiteral("cpu_l3_cache_bytes"),
        QStringLiteral("cpu_frequency_max_hz"),
        QStringLiteral("gpu_count"),
        QStringLiteral("gpu_product_names"),
    };
}

QStringList MachineInfo::sysctlKeys()
{
    QStringList keys {ascii(modelNameSysctl)};
    for (const char *key : intFieldSysctl) {
        if (key)
            keys << ascii(key);
    }
    return keys;
}

QMap<QString, QString> MachineInfo::parseKeyValueLines(const QString &text)
{
    QMap<QString, QString> rows;
    const QStringList lines = text.trimmed().split(u'\n');
    for (const QString &line : lines) {
        const QStringList parts = line.split(u':');
        if (parts.size() == 2)
            rows.insert(parts.at(0).trimmed(), parts.at(1).trimmed());
    }
    return rows;
}

std::optional<qint64> MachineInfo::parseLscpuBytes(const QString &value)
{
    const QStringList words = value.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return std::nullopt;
    QString number = words.first();
    double factor = 1;
    // lscpu before util-linux 2.34 has no --bytes and prints "32K", "8192K", "35M".
    const QChar unit = number.back().toUpper();
    if (number.size() > 1 && (unit == u'K' || unit == u'M' || unit == u'G')) {
        factor = unit == u'K' ? 1024.0 : unit == u'M' ? 1024.0 * 1024 : 1024.0 * 1024 * 1024;
        number.chop(1);
    }
    return truncatedNumber(number, factor);
}

std::optional<qint64> MachineInfo::parseLscpuMaxHz(const QString &value)
{
    return truncatedNumber(value.trimmed(), 1e6);
}

std::optional<qint64> MachineInfo::parseMemTotalBytes(const QString &procMeminfo)
{
    const QMap<QString, QString> rows = parseKeyValueLines(procMeminfo);
    const auto it = rows.constFind(QStringLiteral("MemTotal"));
    if (it == rows.cend())
        return std::nullopt;
    // "24684092 kB": the number before the first space, in kB; the Python tool multiplies by
    // 1000 (not 1024).
    return truncatedNumber(it->section(u' ', 0, 0), 1000.0);
}

qint64 MachineInfo::roundToWholeGiB(qint64 bytes)
{
    if (bytes <= 0)
        return 0;
    qint64 whole = bytes / gibibyte;
    const qint64 rest = bytes % gibibyte;
    const qint64 half = gibibyte / 2;
    if (rest > half || (rest == half && (whole % 2) == 1))
        ++whole;
    return whole * gibibyte;
}

QStringList MachineInfo::parseNvidiaSmi(const QString &output)
{
    return output.trimmed().split(u'\n');
}

QString MachineInfo::platformString(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept << part.trimmed();
    }
    QString platform = kept.join(u'-');
    platform.replace(u' ', u'_');
    for (const QChar c : {u'/', u'\\', u':', u';', u'"', u'(', u')'})
        platform.replace(c, u'-');
    platform.remove(QStringLiteral("unknown"));
    while (platform.contains(QStringLiteral("--")))
        platform.replace(QStringLiteral("--"), QStringLiteral("-"));
    while (platform.endsWith(u'-'))
        platform.chop(1);
    return platform;
}

QString MachineInfo::tersePlatform(const MachineInfoSources &sources)
{
    QString system = sources.systemName;
    QString release = sources.kernelRelease;
    QString processor = sources.processor;
    if (processor == sources.machine)
        processor.clear();
    if (system == u"Darwin" && !sources.macosProductVersion.isEmpty()) {
        system = QStringLiteral("macOS");
        release = sources.macosProductVersion;
    }
    if (system == u"Linux") {
        QString libcName = sources.libcName;
        if (libcName.isEmpty() && !sources.libcVersion.isEmpty())
            libcName = QStringLiteral("glibc");
        return platformString({system, release, sources.machine, processor, QStringLiteral("with"),
            libcName + sources.libcVersion});
    }
    return platformString({system, release});
}

int MachineInfo::physicalCoresFromSiblingLists(const QStringList &siblingLists)
{
    QSet<QString> distinct;
    for (const QString &list : siblingLists)
        distinct.insert(list.trimmed());
    return int(distinct.size());
}

std::optional<int> MachineInfo::physicalCoresFromCpuinfo(const QString &procCpuinfo)
{
    const QString physicalIdKey = QStringLiteral("physical id");
    const QString cpuCoresKey = QStringLiteral("cpu cores");

    QStringList lines = procCpuinfo.split(u'\n');
    if (procCpuinfo.endsWith(u'\n'))
        lines.removeLast(); // a file's last line ends with the newline, no empty line after it

    QMap<qint64, qint64> coresPerPackage;
    QMap<QString, qint64> section;
    for (const QString &rawLine : std::as_const(lines)) {
        const QString line = rawLine.trimmed().toLower();
        if (line.isEmpty()) {
            if (section.contains(physicalIdKey) && section.contains(cpuCoresKey))
                coresPerPackage.insert(section.value(physicalIdKey), section.value(cpuCoresKey));
            section.clear();
            continue;
        }
        if (!line.startsWith(physicalIdKey) && !line.startsWith(cpuCoresKey))
            continue;
        const qsizetype separator = line.indexOf(QStringLiteral("\t:"));
        if (separator < 0)
            return std::nullopt;
        bool ok = false;
        const qint64 value = line.mid(separator + 2).trimmed().toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        section.insert(line.left(separator), value);
    }
    qint64 sum = 0;
    for (const qint64 cores : std::as_const(coresPerPackage))
        sum += cores;
    return sum > 0 && sum <= std::numeric_limits<int>::max() ? int(sum) : 0;
}

int MachineInfo::countPhysicalCores(const QString &sysCpuDir, const QString &procCpuinfoPath)
{
    const QDir cpuDir(sysCpuDir);
    const QStringList cpus
        = cpuDir.entryList({QStringLiteral("cpu[0-9]*")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &fileName :
        {QStringLiteral("core_cpus_list"), QStringLiteral("thread_siblings_list")}) {
        QStringList lists;
        for (const QString &cpu : cpus) {
            const QString path = cpuDir.filePath(cpu + QStringLiteral("/topology/") + fileName);
            if (!QFile::exists(path))
                continue;
            bool ok = false;
            const QByteArray content = readWholeFile(path, &ok);
            if (!ok)
                return 0; // psutil raises; the Python tool then leaves the count unknown
            lists << QString::fromUtf8(content);
        }
        if (!lists.isEmpty()) {
            if (const int cores = physicalCoresFromSiblingLists(lists); cores > 0)
                return cores;
            break;
        }
    }
    bool ok = false;
    const QByteArray cpuinfo = readWholeFile(procCpuinfoPath, &ok);
    if (!ok)
        return 0;
    return physicalCoresFromCpuinfo(QString::fromUtf8(cpuinfo)).value_or(0);
}

QString MachineInfo::parseSystemVersionPlist(const QByteArray &plist)
{
    QXmlStreamReader xml(plist);
    bool productVersionKey = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView element = xml.name();
        if (element == u"key") {
            productVersionKey = xml.readElementText() == u"ProductVersion";
        } else if (productVersionKey) {
            return element == u"string" ? xml.readElementText().trimmed() : QString();
        }
    }
    return {};
}

QJsonObject MachineInfo::fromSources(const MachineInfoSources &sources)
{
    const QString platform = tersePlatform(sources);
    const qsizetype dash = platform.indexOf(u'-');
    const QString osName = dash < 0 ? platform : platform.left(dash);
    const QString osVersion = dash < 0 ? QString() : platform.mid(dash + 1);

    // The Python tool fills its info dict source by source; a source only fills what is still
    // falsy. First the commands: `uname -r` and the sysctl keys (empty strings off macOS).
    PyValue modelName = PyValue::string(sources.sysctl.value(ascii(modelNameSysctl)).trimmed());
    PyValue ints[IntFieldCount];
    for (int field = 0; field < IntFieldCount; ++field) {
        if (intFieldSysctl[field])
            ints[field] = PyValue::string(sources.sysctl.value(ascii(intFieldSysctl[field])).trimmed());
    }

    // /proc/meminfo
    if (!ints[MemoryBytes].isTruthy()) {
        if (const auto bytes = parseMemTotalBytes(sources.procMeminfo))
            ints[MemoryBytes] = PyValue::integer(*bytes);
    }

    // lscpu --bytes
    const QMap<QString, QString> lscpu = parseKeyValueLines(sources.lscpu);
    if (!modelName.isTruthy() && lscpu.contains(QStringLiteral("Model name")))
        modelName = PyValue::string(lscpu.value(QStringLiteral("Model name")));
    if (!ints[CpuFrequencyMaxHz].isTruthy() && lscpu.contains(QStringLiteral("CPU max MHz"))) {
        if (const auto hz = parseLscpuMaxHz(lscpu.value(QStringLiteral("CPU max MHz"))))
            ints[CpuFrequencyMaxHz] = PyValue::integer(*hz);
    }
    for (const auto &[field, row] : lscpuCacheRows) {
        const QString key = ascii(row);
        if (ints[field].isTruthy() || !lscpu.contains(key))
            continue;
        if (const auto bytes = parseLscpuBytes(lscpu.value(key)))
            ints[field] = PyValue::integer(*bytes);
    }

    // os.cpu_count() and psutil.cpu_count(logical=False)
    if (!ints[CpuThreadCount].isTruthy() && sources.logicalCpus > 0)
        ints[CpuThreadCount] = PyValue::integer(sources.logicalCpus);
    if (!ints[CpuCoreCount].isTruthy() && sources.physicalCores > 0)
        ints[CpuCoreCount] = PyValue::integer(sources.physicalCores);

    // nvidia-smi
    QStringList gpuNames;
    if (sources.nvidiaSmi) {
        gpuNames = parseNvidiaSmi(*sources.nvidiaSmi);
        ints[GpuCount] = PyValue::integer(gpuNames.size());
    }

    QJsonObject info;
    info.insert(QStringLiteral("name"), sources.hostName);
    info.insert(QStringLiteral("os_name"), osName);
    info.insert(QStringLiteral("os_version"), osVersion);
    info.insert(QStringLiteral("architecture_name"), sources.machine);
    info.insert(QStringLiteral("kernel_name"), sources.kernelRelease.trimmed());
    info.insert(QStringLiteral("cpu_model_name"), modelName.toText());
    for (int field = 0; field < IntFieldCount; ++field) {
        qint64 value = ints[field].toIntegerOrZero();
        if (field == MemoryBytes)
            value = roundToWholeGiB(value);
        info.insert(ascii(intFieldNames[field]), QString::number(value));
    }
    info.insert(QStringLiteral("gpu_product_names"), QJsonArray::fromStringList(gpuNames));
    return info;
}

QJsonObject MachineInfo::withNameOverride(QJsonObject info, const QString &overrideValue)
{
    const QString name = overrideValue.trimmed();
    if (!name.isEmpty())
        info.insert(QStringLiteral("name"), name);
    else if (!overrideValue.isEmpty())
        qCDebug(lcMachineInfo) << "CONBENCH_MACHINE_INFO_NAME is blank; keeping the host name";
    return info;
}

QJsonObject MachineInfo::current()
{
    // Initialised once, thread-safely (C++ static initialisation).
    static const QJsonObject gathered = fromSources(gather());
    return withNameOverride(gathered, qEnvironmentVariable("CONBENCH_MACHINE_INFO_NAME"));
}

MachineInfoSources MachineInfo::gather()
{
    MachineInfoSources sources;
#if defined(Q_OS_UNIX)
    struct utsname names = {};
    if (::uname(&names) == 0) {
        sources.hostName = QString::fromLocal8Bit(names.nodename);
        sources.systemName = QString::fromLocal8Bit(names.sysname);
        sources.kernelRelease = QString::fromLocal8Bit(names.release);
        sources.machine = QString::fromLocal8Bit(names.machine);
    }
    // os.cpu_count() is sysconf(_SC_NPROCESSORS_ONLN) on Linux and macOS.
    const long online = ::sysconf(_SC_NPROCESSORS_ONLN);
    sources.logicalCpus = online > 0 && online <= std::numeric_limits<int>::max() ? int(online) : 0;
#else
    sources.hostName = QSysInfo::machineHostName();
#endif

#if defined(Q_OS_LINUX)
    // platform.processor() on Linux runs `uname -p`.
    sources.processor
        = successfulOutput(QStringLiteral("uname"), {QStringLiteral("-p")}).value_or(QString()).trimmed();
#if defined(_CS_GNU_LIBC_VERSION)
    // What platform.libc_ver() reads: "glibc 2.36".
    char libc[128] = {};
    if (::confstr(_CS_GNU_LIBC_VERSION, libc, sizeof libc) > 0) {
        const QStringList parts = QString::fromLatin1(libc).simplified().split(u' ');
        if (parts.size() == 2) {
            sources.libcName = parts.at(0);
            sources.libcVersion = parts.at(1);
        }
    }
#endif
    // The C locale keeps lscpu's row names and decimal points parseable.
    std::optional<QString> lscpu
        = successfulOutput(QStringLiteral("lscpu"), {QStringLiteral("--bytes")}, toolTimeoutMs, true);
    if (!lscpu) // util-linux before 2.34 has no --bytes
        lscpu = successfulOutput(QStringLiteral("lscpu"), {}, toolTimeoutMs, true);
    sources.lscpu = lscpu.value_or(QString());
    sources.procMeminfo = QString::fromUtf8(readWholeFile(QStringLiteral("/proc/meminfo")));
    sources.physicalCores = countPhysicalCores();
#endif

#if defined(Q_OS_MACOS)
    // The Python tool takes sysctl's standard output whatever its exit status.
    for (const QString &key : sysctlKeys()) {
        const ToolOutput output
            = runTool(QStringLiteral("sysctl"), {QStringLiteral("-n"), key}, toolTimeoutMs, false);
        sources.sysctl.insert(key, QString::fromUtf8(output.standardOutput).trimmed());
    }
    sources.macosProductVersion = parseSystemVersionPlist(
        readWholeFile(QStringLiteral("/System/Library/CoreServices/SystemVersion.plist")));
#endif

#if defined(Q_OS_UNIX)
    sources.nvidiaSmi = successfulOutput(QStringLiteral("nvidia-smi"),
        {QStringLiteral("--query-gpu=gpu_name"), QStringLiteral("--format=csv,noheader")},
        nvidiaSmiTimeoutMs);
#endif
    return sources;
}
