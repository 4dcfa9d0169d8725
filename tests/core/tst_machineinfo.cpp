#include "machineinfo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#if defined(Q_OS_UNIX)
#include <sys/utsname.h>
#include <unistd.h>
#endif

Q_DECLARE_METATYPE(MachineInfoSources)
Q_DECLARE_METATYPE(std::optional<QString>)

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 gib = qint64(1) << 30;

QString dataPath(const QString &fileName)
{
    return QStringLiteral(BENCHCONNECT_TEST_DATA "/machineinfo/") + fileName;
}

QString sample(const QString &fileName)
{
    QFile file(dataPath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

MachineInfoSources linuxSources(
    const QString &host, const QString &release, const QString &processor, const QString &libcVersion)
{
    MachineInfoSources s;
    s.hostName = host;
    s.systemName = u"Linux"_s;
    s.kernelRelease = release;
    s.machine = u"x86_64"_s;
    s.processor = processor;
    s.libcName = u"glibc"_s;
    s.libcVersion = libcVersion;
    return s;
}

// Machines of captured samples. The expected objects are what benchadapt's machine_info()
// (conbench/conbench benchadapt/python/benchadapt/_machine_info.py) returns for the same raw
// sources, with psutil installed; the one deliberate difference is marked.
MachineInfoSources epycSources()
{
    MachineInfoSources s = linuxSources(u"bench-epyc-01"_s, u"6.1.0-13-amd64"_s, u"unknown"_s, u"2.36"_s);
    s.lscpu = sample(u"lscpu-bytes-2.38-epyc.txt"_s);
    s.procMeminfo = sample(u"meminfo-epyc-256g.txt"_s);
    s.logicalCpus = 64;
    s.physicalCores = 32;
    s.nvidiaSmi = sample(u"nvidia-smi-2gpus.txt"_s);
    return s;
}

QJsonObject epycExpected()
{
    return QJsonObject {
        {u"name"_s, u"bench-epyc-01"_s},
        {u"os_name"_s, u"Linux"_s},
        {u"os_version"_s, u"6.1.0-13-amd64-x86_64-with-glibc2.36"_s},
        {u"architecture_name"_s, u"x86_64"_s},
        {u"kernel_name"_s, u"6.1.0-13-amd64"_s},
        {u"memory_bytes"_s, u"264140488704"_s}, // 263842764 kB x 1000 = 245.72 GiB -> 246 GiB
        {u"cpu_model_name"_s, u"AMD EPYC 7502P 32-Core Processor"_s},
        {u"cpu_core_count"_s, u"32"_s},
        {u"cpu_thread_count"_s, u"64"_s},
        {u"cpu_l1d_cache_bytes"_s, u"1048576"_s},
        {u"cpu_l1i_cache_bytes"_s, u"1048576"_s},
        {u"cpu_l2_cache_bytes"_s, u"16777216"_s},
        {u"cpu_l3_cache_bytes"_s, u"134217728"_s},
        {u"cpu_frequency_max_hz"_s, u"2500000000"_s},
        {u"gpu_count"_s, u"2"_s},
        {u"gpu_product_names"_s, QJsonArray {u"NVIDIA A100-SXM4-80GB"_s, u"NVIDIA GeForce RTX 3090"_s}},
    };
}

MachineInfoSources ryzenSources()
{
    MachineInfoSources s = linuxSources(u"ryzen-desktop"_s, u"5.15.0-91-generic"_s, u"x86_64"_s, u"2.31"_s);
    s.lscpu = sample(u"lscpu-bytes-2.34-ryzen.txt"_s);
    s.procMeminfo = sample(u"meminfo-ryzen-32g.txt"_s);
    s.logicalCpus = 16;
    s.physicalCores = 8;
    return s;
}

QJsonObject ryzenExpected()
{
    return QJsonObject {
        {u"name"_s, u"ryzen-desktop"_s},
        {u"os_name"_s, u"Linux"_s},
        {u"os_version"_s, u"5.15.0-91-generic-x86_64-with-glibc2.31"_s},
        {u"architecture_name"_s, u"x86_64"_s},
        {u"kernel_name"_s, u"5.15.0-91-generic"_s},
        {u"memory_bytes"_s, u"33285996544"_s}, // 32826236 kB x 1000 = 30.57 GiB -> 31 GiB
        {u"cpu_model_name"_s, u"AMD Ryzen 7 3700X 8-Core Processor"_s},
        {u"cpu_core_count"_s, u"8"_s},
        {u"cpu_thread_count"_s, u"16"_s},
        {u"cpu_l1d_cache_bytes"_s, u"262144"_s},
        {u"cpu_l1i_cache_bytes"_s, u"262144"_s},
        {u"cpu_l2_cache_bytes"_s, u"4194304"_s},
        {u"cpu_l3_cache_bytes"_s, u"33554432"_s},
        {u"cpu_frequency_max_hz"_s, u"4935937000"_s}, // int(float("4935.9370") * 10**6)
        {u"gpu_count"_s, u"0"_s},
        {u"gpu_product_names"_s, QJsonArray {}},
    };
}

MachineInfoSources xeonOldLscpuSources()
{
    MachineInfoSources s
        = linuxSources(u"centos-bench"_s, u"4.18.0-513.5.1.el8_9.x86_64"_s, u"x86_64"_s, u"2.28"_s);
    s.lscpu = sample(u"lscpu-old-32k-xeon.txt"_s);
    s.procMeminfo = sample(u"meminfo-xeon-384g.txt"_s);
    s.logicalCpus = 80;
    s.physicalCores = 40;
    return s;
}

QJsonObject xeonOldLscpuExpected()
{
    return QJsonObject {
        {u"name"_s, u"centos-bench"_s},
        {u"os_name"_s, u"Linux"_s},
        {u"os_version"_s, u"4.18.0-513.5.1.el8_9.x86_64-x86_64-with-glibc2.28"_s},
        {u"architecture_name"_s, u"x86_64"_s},
        {u"kernel_name"_s, u"4.18.0-513.5.1.el8_9.x86_64"_s},
        {u"memory_bytes"_s, u"395136991232"_s}, // 394826300 kB x 1000 = 367.71 GiB -> 368 GiB
        {u"cpu_model_name"_s, u"Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz"_s},
        {u"cpu_core_count"_s, u"40"_s},
        {u"cpu_thread_count"_s, u"80"_s},
        // Deliberate difference: the Python tool cannot read "32K" (float() raises) and sends
        // "0" for the four caches (not hardware-identity fields).
        {u"cpu_l1d_cache_bytes"_s, u"32768"_s},
        {u"cpu_l1i_cache_bytes"_s, u"32768"_s},
        {u"cpu_l2_cache_bytes"_s, u"1048576"_s},
        {u"cpu_l3_cache_bytes"_s, u"28835840"_s},
        {u"cpu_frequency_max_hz"_s, u"3900000000"_s},
        {u"gpu_count"_s, u"0"_s},
        {u"gpu_product_names"_s, QJsonArray {}},
    };
}

// The machine these tests were first run on (a KVM guest), from its captured lscpu/meminfo.
MachineInfoSources kvmSources()
{
    MachineInfoSources s = linuxSources(u"vm"_s, u"6.18.44-fc-v657"_s, u"unknown"_s, u"2.36"_s);
    s.lscpu = sample(u"lscpu-bytes-2.38-kvm.txt"_s);
    s.procMeminfo = sample(u"meminfo-kvm-24g.txt"_s);
    s.logicalCpus = 2;
    s.physicalCores = 2;
    return s;
}

QJsonObject kvmExpected()
{
    return QJsonObject {
        {u"name"_s, u"vm"_s},
        {u"os_name"_s, u"Linux"_s},
        {u"os_version"_s, u"6.18.44-fc-v657-x86_64-with-glibc2.36"_s},
        {u"architecture_name"_s, u"x86_64"_s},
        {u"kernel_name"_s, u"6.18.44-fc-v657"_s},
        // 24684092 kB x 1000 = 22.99 GiB -> 23 GiB (x 1024 would give 24 GiB)
        {u"memory_bytes"_s, u"24696061952"_s},
        {u"cpu_model_name"_s, u"Intel(R) Xeon(R) Processor"_s},
        {u"cpu_core_count"_s, u"2"_s},
        {u"cpu_thread_count"_s, u"2"_s},
        {u"cpu_l1d_cache_bytes"_s, u"98304"_s},
        {u"cpu_l1i_cache_bytes"_s, u"65536"_s},
        {u"cpu_l2_cache_bytes"_s, u"4194304"_s},
        {u"cpu_l3_cache_bytes"_s, u"314572800"_s},
        {u"cpu_frequency_max_hz"_s, u"0"_s}, // no "CPU max MHz" row
        {u"gpu_count"_s, u"0"_s},
        {u"gpu_product_names"_s, QJsonArray {}},
    };
}

MachineInfoSources appleSiliconSources()
{
    MachineInfoSources s;
    s.hostName = u"Mac-mini.local"_s;
    s.systemName = u"Darwin"_s;
    s.kernelRelease = u"23.1.0"_s;
    s.machine = u"arm64"_s;
    s.processor = u"arm"_s;
    s.macosProductVersion = u"14.1.1"_s;
    s.logicalCpus = 12; // sysctl wins, as in the Python tool
    s.sysctl = {
        {u"machdep.cpu.brand_string"_s, u"Apple M2 Pro"_s},
        {u"hw.physicalcpu"_s, u"10"_s},
        {u"hw.logicalcpu"_s, u"10"_s},
        {u"hw.cpufrequency_max"_s, QString()}, // unknown key on Apple Silicon
        {u"hw.l1dcachesize"_s, u"65536"_s},
        {u"hw.l1icachesize"_s, u"131072"_s},
        {u"hw.l2cachesize"_s, u"4194304"_s},
        {u"hw.l3cachesize"_s, QString()},
        {u"hw.memsize"_s, u"17179869184"_s},
    };
    return s;
}

QJsonObject appleSiliconExpected()
{
    return QJsonObject {
        {u"name"_s, u"Mac-mini.local"_s},
        {u"os_name"_s, u"macOS"_s},
        {u"os_version"_s, u"14.1.1"_s},
        {u"architecture_name"_s, u"arm64"_s},
        {u"kernel_name"_s, u"23.1.0"_s},
        {u"memory_bytes"_s, u"17179869184"_s},
        {u"cpu_model_name"_s, u"Apple M2 Pro"_s},
        {u"cpu_core_count"_s, u"10"_s},
        {u"cpu_thread_count"_s, u"10"_s},
        {u"cpu_l1d_cache_bytes"_s, u"65536"_s},
        {u"cpu_l1i_cache_bytes"_s, u"131072"_s},
        {u"cpu_l2_cache_bytes"_s, u"4194304"_s},
        {u"cpu_l3_cache_bytes"_s, u"0"_s},
        {u"cpu_frequency_max_hz"_s, u"0"_s},
        {u"gpu_count"_s, u"0"_s},
        {u"gpu_product_names"_s, QJsonArray {}},
    };
}

// A machine with no lscpu, no /proc/meminfo and no CPU counts: every integer "0".
MachineInfoSources emptySources()
{
    MachineInfoSources s = linuxSources(u"bare"_s, u"6.1.0-13-amd64"_s, QString(), QString());
    s.libcName.clear();
    return s;
}

QJsonObject emptyExpected()
{
    QJsonObject o {
        {u"name"_s, u"bare"_s},
        {u"os_name"_s, u"Linux"_s},
        {u"os_version"_s, u"6.1.0-13-amd64-x86_64-with"_s},
        {u"architecture_name"_s, u"x86_64"_s},
        {u"kernel_name"_s, u"6.1.0-13-amd64"_s},
        {u"cpu_model_name"_s, QString()},
        {u"gpu_product_names"_s, QJsonArray {}},
    };
    for (const QString &key : {u"memory_bytes"_s, u"cpu_core_count"_s, u"cpu_thread_count"_s,
             u"cpu_l1d_cache_bytes"_s, u"cpu_l1i_cache_bytes"_s, u"cpu_l2_cache_bytes"_s,
             u"cpu_l3_cache_bytes"_s, u"cpu_frequency_max_hz"_s, u"gpu_count"_s})
        o.insert(key, u"0"_s);
    return o;
}

void verifyShape(const QJsonObject &info)
{
    const QStringList names = MachineInfo::fieldNames();
    const QStringList keys = info.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), QSet<QString>(names.cbegin(), names.cend()));
    QCOMPARE(keys.size(), 16);
    for (auto it = info.constBegin(); it != info.constEnd(); ++it) {
        if (it.key() == u"gpu_product_names") {
            QVERIFY2(it.value().isArray(), qPrintable(it.key()));
            for (const QJsonValue &gpu : it.value().toArray())
                QVERIFY(gpu.isString());
        } else {
            QVERIFY2(it.value().isString(), qPrintable(it.key()));
        }
    }
    QCOMPARE(info.value(u"gpu_count"_s).toString().toLongLong(),
        info.value(u"gpu_product_names"_s).toArray().size());
}

class EnvironmentGuard
{
public:
    explicit EnvironmentGuard(const char *name)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_value(qgetenv(name))
    { }
    ~EnvironmentGuard()
    {
        if (m_wasSet)
            qputenv(m_name, m_value);
        else
            qunsetenv(m_name);
    }
    EnvironmentGuard(const EnvironmentGuard &) = delete;
    EnvironmentGuard &operator=(const EnvironmentGuard &) = delete;

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_value;
};

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestMachineInfo : public QObject
{
    Q_OBJECT

private slots:
    void fieldNames();
    void fromSources_data();
    void fromSources();
    void fromSourcesIsDeterministic();
    void parseKeyValueLines();
    void parseLscpuBytes_data();
    void parseLscpuBytes();
    void parseLscpuMaxHz_data();
    void parseLscpuMaxHz();
    void parseMemTotalBytes_data();
    void parseMemTotalBytes();
    void roundToWholeGiB_data();
    void roundToWholeGiB();
    void memoryBytesField_data();
    void memoryBytesField();
    void platform_data();
    void platform();
    void nvidiaSmi_data();
    void nvidiaSmi();
    void physicalCoresFromSiblingLists();
    void physicalCoresFromCpuinfo_data();
    void physicalCoresFromCpuinfo();
    void countPhysicalCores();
    void parseSystemVersionPlist();
    void withNameOverride_data();
    void withNameOverride();
    void currentIsStable();
    void currentAppliesNameOverride();
    void gatherLiveMachine();
    void gatherInWorkerThread();
};

void TestMachineInfo::fieldNames()
{
    const QStringList names = MachineInfo::fieldNames();
    QCOMPARE(names.size(), 16);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 16);
    QCOMPARE(names.first(), u"name"_s);
    QVERIFY(names.contains(u"gpu_product_names"_s));
    QCOMPARE(MachineInfo::sysctlKeys().size(), 9);
}

void TestMachineInfo::fromSources_data()
{
    QTest::addColumn<MachineInfoSources>("sources");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("lscpu 2.38 with instances, 2 GPUs") << epycSources() << epycExpected();
    QTest::newRow("lscpu 2.34 without instances, no nvidia-smi") << ryzenSources() << ryzenExpected();
    QTest::newRow("old lscpu with 32K sizes") << xeonOldLscpuSources() << xeonOldLscpuExpected();
    QTest::newRow("captured kvm guest") << kvmSources() << kvmExpected();
    QTest::newRow("macOS sysctl") << appleSiliconSources() << appleSiliconExpected();
    QTest::newRow("nothing known") << emptySources() << emptyExpected();
}

void TestMachineInfo::fromSources()
{
    QFETCH(MachineInfoSources, sources);
    QFETCH(QJsonObject, expected);

    const QJsonObject info = MachineInfo::fromSources(sources);
    verifyShape(info);
    for (const QString &key : MachineInfo::fieldNames())
        QCOMPARE(info.value(key), expected.value(key));
    QCOMPARE(info, expected);
}

void TestMachineInfo::fromSourcesIsDeterministic()
{
    const MachineInfoSources sources = epycSources();
    const QJsonObject first = MachineInfo::fromSources(sources);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(MachineInfo::fromSources(sources), first);
}

void TestMachineInfo::parseKeyValueLines()
{
    const QMap<QString, QString> rows
        = MachineInfo::parseKeyValueLines(u"Model name:   First\n"
                                          "Vulnerability Itlb multihit:     KVM: Mitigation: VMX disabled\n"
                                          "  L1d cache:  65536 (2 instances)  \r\n"
                                          "no colon here\n"
                                          "Model name:   Second\n"_s);
    QCOMPARE(rows.value(u"Model name"_s), u"Second"_s); // a later row wins
    QCOMPARE(rows.value(u"L1d cache"_s), u"65536 (2 instances)"_s);
    QVERIFY(!rows.contains(u"Vulnerability Itlb multihit"_s)); // more than one colon: skipped
    QCOMPARE(rows.size(), 2);
}

void TestMachineInfo::parseLscpuBytes_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<qint64>("expected"); // -1: no number

    QTest::newRow("instances") << u"65536 (2 instances)"_s << qint64(65536);
    QTest::newRow("one instance") << u"314572800 (1 instance)"_s << qint64(314572800);
    QTest::newRow("plain bytes") << u"196608"_s << qint64(196608);
    QTest::newRow("old K") << u"32K"_s << qint64(32768);
    QTest::newRow("old K large") << u"28160K"_s << qint64(28835840);
    QTest::newRow("old M") << u"35M"_s << qint64(36700160);
    QTest::newRow("human, first number counts") << u"32 KiB (2 instances)"_s << qint64(32);
    QTest::newRow("fraction truncated") << u"1.5"_s << qint64(1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("text") << u"n/a"_s << qint64(-1);
    QTest::newRow("lone unit") << u"K"_s << qint64(-1);
}

void TestMachineInfo::parseLscpuBytes()
{
    QFETCH(QString, value);
    QFETCH(qint64, expected);
    QCOMPARE(MachineInfo::parseLscpuBytes(value).value_or(-1), expected);
}

void TestMachineInfo::parseLscpuMaxHz_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("whole") << u"3500.0000"_s << qint64(3500000000);
    QTest::newRow("fraction") << u"4935.9370"_s << qint64(4935937000);
    // float("2899.9990") * 10**6 is 2899998999.9999995 in binary floating point: truncated as
    // Python's int() does.
    QTest::newRow("truncation") << u"2899.9990"_s << qint64(2899999000);
    QTest::newRow("integer") << u"800"_s << qint64(800000000);
    QTest::newRow("zero") << u"0.0000"_s << qint64(0);
    QTest::newRow("text") << u"unknown"_s << qint64(-1);
    QTest::newRow("comma decimal (not C locale)") << u"3500,0000"_s << qint64(-1);
}

void TestMachineInfo::parseLscpuMaxHz()
{
    QFETCH(QString, value);
    QFETCH(qint64, expected);
    QCOMPARE(MachineInfo::parseLscpuMaxHz(value).value_or(-1), expected);
}

void TestMachineInfo::parseMemTotalBytes_data()
{
    QTest::addColumn<QString>("meminfo");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("kvm sample") << sample(u"meminfo-kvm-24g.txt"_s) << qint64(24684092000);
    QTest::newRow("epyc sample") << sample(u"meminfo-epyc-256g.txt"_s) << qint64(263842764000);
    QTest::newRow("only MemTotal") << u"MemTotal: 1024 kB"_s << qint64(1024000);
    QTest::newRow("missing") << u"MemFree: 1024 kB\n"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("not a number") << u"MemTotal: lots kB\n"_s << qint64(-1);
}

void TestMachineInfo::parseMemTotalBytes()
{
    QFETCH(QString, meminfo);
    QFETCH(qint64, expected);
    QCOMPARE(MachineInfo::parseMemTotalBytes(meminfo).value_or(-1), expected);
}

void TestMachineInfo::roundToWholeGiB_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("zero") << qint64(0) << qint64(0);
    QTest::newRow("exact") << 16 * gib << 16 * gib;
    QTest::newRow("just below half") << gib / 2 - 1 << qint64(0);
    QTest::newRow("0.5 to even 0") << gib / 2 << qint64(0);
    QTest::newRow("just above half") << gib / 2 + 1 << gib;
    QTest::newRow("1.5 to even 2") << 3 * (gib / 2) << 2 * gib;
    QTest::newRow("2.5 to even 2") << 5 * (gib / 2) << 2 * gib;
    QTest::newRow("one byte short") << gib - 1 << gib;
}

void TestMachineInfo::roundToWholeGiB()
{
    QFETCH(qint64, bytes);
    QFETCH(qint64, expected);
    QCOMPARE(MachineInfo::roundToWholeGiB(bytes), expected);
}

void TestMachineInfo::memoryBytesField_data()
{
    QTest::addColumn<qint64>("memTotalKb");
    QTest::addColumn<qint64>("expectedGiB");

    // kB x 1000 (the Python tool), not x 1024 (psutil's virtual_memory(), the kernel's meaning):
    QTest::newRow("24 GB VM: 22.99 -> 23 (x1024: 24)") << qint64(24684092) << qint64(23);
    QTest::newRow("256 GB: 245.72 -> 246 (x1024: 252)") << qint64(263842764) << qint64(246);
    QTest::newRow("32 GB: 30.57 -> 31 (x1024: 31)") << qint64(32826236) << qint64(31);
    QTest::newRow("64 GB: 61.32 -> 61 (x1024: 63)") << qint64(65843384) << qint64(61);
    // Half-way cases: Python's "{:.0f}" rounds half to even.
    QTest::newRow("62.5 -> 62") << qint64(67108864) << qint64(62);
    QTest::newRow("187.5 -> 188") << qint64(201326592) << qint64(188);
}

void TestMachineInfo::memoryBytesField()
{
    QFETCH(qint64, memTotalKb);
    QFETCH(qint64, expectedGiB);

    MachineInfoSources sources = emptySources();
    sources.procMeminfo = u"MemTotal:       %1 kB\nMemFree:        1000 kB\n"_s.arg(memTotalKb);
    const QJsonObject info = MachineInfo::fromSources(sources);
    QCOMPARE(info.value(u"memory_bytes"_s).toString(), QString::number(expectedGiB * gib));
}

void TestMachineInfo::platform_data()
{
    QTest::addColumn<MachineInfoSources>("sources");
    QTest::addColumn<QString>("terse");
    QTest::addColumn<QString>("osName");
    QTest::addColumn<QString>("osVersion");

    // Expected strings checked against CPython's platform._platform().
    QTest::newRow("debian, uname -p unknown")
        << linuxSources(u"h"_s, u"6.1.0-13-amd64"_s, u"unknown"_s, u"2.36"_s)
        << u"Linux-6.1.0-13-amd64-x86_64-with-glibc2.36"_s << u"Linux"_s
        << u"6.1.0-13-amd64-x86_64-with-glibc2.36"_s;
    QTest::newRow("ubuntu, uname -p = machine")
        << linuxSources(u"h"_s, u"5.15.0-91-generic"_s, u"x86_64"_s, u"2.35"_s)
        << u"Linux-5.15.0-91-generic-x86_64-with-glibc2.35"_s << u"Linux"_s
        << u"5.15.0-91-generic-x86_64-with-glibc2.35"_s;
    QTest::newRow("gentoo, uname -p = model")
        << linuxSources(u"h"_s, u"6.1.0-13-amd64"_s, u"Intel(R) Core(TM) i7-8700K CPU @ 3.70GHz"_s, u"2.36"_s)
        << u"Linux-6.1.0-13-amd64-x86_64-Intel-R-_Core-TM-_i7-8700K_CPU_@_3.70GHz-with-glibc2.36"_s
        << u"Linux"_s << u"6.1.0-13-amd64-x86_64-Intel-R-_Core-TM-_i7-8700K_CPU_@_3.70GHz-with-glibc2.36"_s;
    MachineInfoSources implicitGlibc = linuxSources(u"h"_s, u"6.1.0-13-amd64"_s, QString(), u"2.36"_s);
    implicitGlibc.libcName.clear();
    QTest::newRow("libc name left empty") << implicitGlibc << u"Linux-6.1.0-13-amd64-x86_64-with-glibc2.36"_s
                                          << u"Linux"_s << u"6.1.0-13-amd64-x86_64-with-glibc2.36"_s;
    QTest::newRow("musl, no libc") << emptySources() << u"Linux-6.1.0-13-amd64-x86_64-with"_s << u"Linux"_s
                                   << u"6.1.0-13-amd64-x86_64-with"_s;
    QTest::newRow("macOS") << appleSiliconSources() << u"macOS-14.1.1"_s << u"macOS"_s << u"14.1.1"_s;
    MachineInfoSources darwin = appleSiliconSources();
    darwin.macosProductVersion.clear();
    QTest::newRow("Darwin without product version")
        << darwin << u"Darwin-23.1.0"_s << u"Darwin"_s << u"23.1.0"_s;
}

void TestMachineInfo::platform()
{
    QFETCH(MachineInfoSources, sources);
    QFETCH(QString, terse);
    QFETCH(QString, osName);
    QFETCH(QString, osVersion);

    QCOMPARE(MachineInfo::tersePlatform(sources), terse);
    const QJsonObject info = MachineInfo::fromSources(sources);
    QCOMPARE(info.value(u"os_name"_s).toString(), osName);
    QCOMPARE(info.value(u"os_version"_s).toString(), osVersion);
    QCOMPARE(MachineInfo::platformString({u"a b"_s, QString(), u" c/d "_s, u"unknown"_s, u"e"_s, u"-"_s}),
        u"a_b-c-d-e"_s);
}

void TestMachineInfo::nvidiaSmi_data()
{
    QTest::addColumn<std::optional<QString>>("output");
    QTest::addColumn<QString>("gpuCount");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("absent") << std::optional<QString>() << u"0"_s << QStringList();
    QTest::newRow("two GPUs") << std::optional<QString>(sample(u"nvidia-smi-2gpus.txt"_s)) << u"2"_s
                              << QStringList {u"NVIDIA A100-SXM4-80GB"_s, u"NVIDIA GeForce RTX 3090"_s};
    QTest::newRow("one GPU") << std::optional<QString>(u"Tesla T4\n"_s) << u"1"_s
                             << QStringList {u"Tesla T4"_s};
}

void TestMachineInfo::nvidiaSmi()
{
    QFETCH(std::optional<QString>, output);
    QFETCH(QString, gpuCount);
    QFETCH(QStringList, names);

    MachineInfoSources sources = ryzenSources();
    sources.nvidiaSmi = output;
    const QJsonObject info = MachineInfo::fromSources(sources);
    verifyShape(info);
    QCOMPARE(info.value(u"gpu_count"_s).toString(), gpuCount);
    QCOMPARE(info.value(u"gpu_product_names"_s).toArray(), QJsonArray::fromStringList(names));
}

void TestMachineInfo::physicalCoresFromSiblingLists()
{
    QCOMPARE(MachineInfo::physicalCoresFromSiblingLists({}), 0);
    QCOMPARE(MachineInfo::physicalCoresFromSiblingLists({u"0,2\n"_s, u"1,3\n"_s, u"0,2\n"_s, u"1,3\n"_s}), 2);
    QCOMPARE(MachineInfo::physicalCoresFromSiblingLists({u"0\n"_s, u"1\n"_s}), 2);
}

void TestMachineInfo::physicalCoresFromCpuinfo_data()
{
    QTest::addColumn<QString>("cpuinfo");
    QTest::addColumn<int>("expected"); // -1: psutil raises

    QTest::newRow("2 sockets x 2 cores, HT") << sample(u"cpuinfo-2sockets-4cores.txt"_s) << 4;
    QTest::newRow("no topology rows") << u"processor\t: 0\nmodel name\t: ARMv8\n\n"_s << 0;
    QTest::newRow("section without a closing empty line")
        << u"processor\t: 0\nphysical id\t: 0\ncpu cores\t: 4\n"_s << 0;
    QTest::newRow("row without tab") << u"physical id : 0\ncpu cores : 4\n\n"_s << -1;
    QTest::newRow("empty") << QString() << 0;
}

void TestMachineInfo::physicalCoresFromCpuinfo()
{
    QFETCH(QString, cpuinfo);
    QFETCH(int, expected);
    QCOMPARE(MachineInfo::physicalCoresFromCpuinfo(cpuinfo).value_or(-1), expected);
}

void TestMachineInfo::countPhysicalCores()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cpuinfo = dataPath(u"cpuinfo-2sockets-4cores.txt"_s);

    // core_cpus_list (newer kernels): 4 CPUs, 2 cores with 2 threads each.
    const QString modern = dir.filePath(u"modern"_s);
    for (const auto &[cpu, siblings] : {std::pair {0, "0,2"}, {1, "1,3"}, {2, "0,2"}, {3, "1,3"}}) {
        QVERIFY(writeFile(
            u"%1/cpu%2/topology/core_cpus_list"_s.arg(modern).arg(cpu), QByteArray(siblings) + '\n'));
        QVERIFY(writeFile(u"%1/cpu%2/topology/thread_siblings_list"_s.arg(modern).arg(cpu), "0-3\n"));
    }
    QVERIFY(QDir().mkpath(modern + u"/cpufreq"_s)); // not a cpu[0-9]* directory
    QCOMPARE(MachineInfo::countPhysicalCores(modern, cpuinfo), 2);

    // Only thread_siblings_list (older kernels).
    const QString older = dir.filePath(u"older"_s);
    for (int cpu = 0; cpu < 3; ++cpu)
        QVERIFY(writeFile(
            u"%1/cpu%2/topology/thread_siblings_list"_s.arg(older).arg(cpu), QByteArray::number(cpu) + '\n'));
    QCOMPARE(MachineInfo::countPhysicalCores(older, cpuinfo), 3);

    // No topology: /proc/cpuinfo.
    const QString noTopology = dir.filePath(u"none"_s);
    QVERIFY(QDir().mkpath(noTopology + u"/cpu0"_s));
    QCOMPARE(MachineInfo::countPhysicalCores(noTopology, cpuinfo), 4);

    // Nothing readable: unknown.
    QCOMPARE(
        MachineInfo::countPhysicalCores(dir.filePath(u"missing"_s), dir.filePath(u"missing-cpuinfo"_s)), 0);
}

void TestMachineInfo::parseSystemVersionPlist()
{
    QFile plist(dataPath(u"SystemVersion-14.1.1.plist"_s));
    QVERIFY(plist.open(QIODevice::ReadOnly));
    QCOMPARE(MachineInfo::parseSystemVersionPlist(plist.readAll()), u"14.1.1"_s);
    QCOMPARE(MachineInfo::parseSystemVersionPlist("<plist><dict><key>ProductName</key><string>macOS</string>"
                                                  "</dict></plist>"),
        QString());
    QCOMPARE(MachineInfo::parseSystemVersionPlist(QByteArray()), QString());
}

void TestMachineInfo::withNameOverride_data()
{
    QTest::addColumn<QString>("overrideValue");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unset") << QString() << u"ryzen-desktop"_s;
    QTest::newRow("blank") << u"  \t "_s << u"ryzen-desktop"_s;
    QTest::newRow("set") << u"bench-01"_s << u"bench-01"_s;
    QTest::newRow("trimmed") << u"  bench-01\n"_s << u"bench-01"_s;
}

void TestMachineInfo::withNameOverride()
{
    QFETCH(QString, overrideValue);
    QFETCH(QString, expected);

    const QJsonObject base = MachineInfo::fromSources(ryzenSources());
    const QJsonObject info = MachineInfo::withNameOverride(base, overrideValue);
    QCOMPARE(info.value(u"name"_s).toString(), expected);
    QJsonObject rest = info;
    rest.insert(u"name"_s, base.value(u"name"_s));
    QCOMPARE(rest, base); // nothing else changes
}

void TestMachineInfo::currentIsStable()
{
    EnvironmentGuard guard("CONBENCH_MACHINE_INFO_NAME");
    qunsetenv("CONBENCH_MACHINE_INFO_NAME");
    const QJsonObject first = MachineInfo::current();
    const QJsonObject second = MachineInfo::current();
    verifyShape(first);
    QCOMPARE(second, first);
}

void TestMachineInfo::currentAppliesNameOverride()
{
    EnvironmentGuard guard("CONBENCH_MACHINE_INFO_NAME");
    qunsetenv("CONBENCH_MACHINE_INFO_NAME");
    const QJsonObject plain = MachineInfo::current();

    qputenv("CONBENCH_MACHINE_INFO_NAME", "  my-bench-box  ");
    const QJsonObject named = MachineInfo::current();
    QCOMPARE(named.value(u"name"_s).toString(), u"my-bench-box"_s);
    QJsonObject rest = named;
    rest.insert(u"name"_s, plain.value(u"name"_s));
    QCOMPARE(rest, plain);

    // The override is read on every call, not cached with the gathered facts.
    qputenv("CONBENCH_MACHINE_INFO_NAME", "other-name");
    QCOMPARE(MachineInfo::current().value(u"name"_s).toString(), u"other-name"_s);

    qputenv("CONBENCH_MACHINE_INFO_NAME", "   ");
    QCOMPARE(MachineInfo::current(), plain);
    qunsetenv("CONBENCH_MACHINE_INFO_NAME");
    QCOMPARE(MachineInfo::current(), plain);
}

void TestMachineInfo::gatherLiveMachine()
{
#if !defined(Q_OS_LINUX)
    QSKIP("the live checks are written for Linux");
#else
    if (QStandardPaths::findExecutable(u"lscpu"_s).isEmpty())
        QSKIP("lscpu is not installed");

    const MachineInfoSources sources = MachineInfo::gather();
    const QJsonObject info = MachineInfo::fromSources(sources);
    verifyShape(info);
    for (auto it = info.constBegin(); it != info.constEnd(); ++it) {
        if (it.key() != u"gpu_product_names")
            QVERIFY2(!it.value().toString().isEmpty(), qPrintable(it.key()));
    }
    QCOMPARE(MachineInfo::fromSources(MachineInfo::gather()), info); // same values on every call

    struct utsname names = {};
    QCOMPARE(::uname(&names), 0);
    QCOMPARE(info.value(u"name"_s).toString(), QString::fromLocal8Bit(names.nodename));
    QCOMPARE(info.value(u"kernel_name"_s).toString(), QString::fromLocal8Bit(names.release));
    QCOMPARE(info.value(u"architecture_name"_s).toString(), QString::fromLocal8Bit(names.machine));
    QCOMPARE(info.value(u"os_name"_s).toString(), u"Linux"_s);
    QVERIFY(info.value(u"os_version"_s).toString().startsWith(QString::fromLocal8Bit(names.release) + u'-'));

    const qint64 memory = info.value(u"memory_bytes"_s).toString().toLongLong();
    QVERIFY(memory > 0);
    QCOMPARE(memory % gib, qint64(0));

    const qint64 threads = info.value(u"cpu_thread_count"_s).toString().toLongLong();
    const qint64 cores = info.value(u"cpu_core_count"_s).toString().toLongLong();
    QCOMPARE(threads, qint64(::sysconf(_SC_NPROCESSORS_ONLN)));
    QVERIFY(cores > 0);
    QVERIFY(cores <= threads);
    QVERIFY(!info.value(u"cpu_model_name"_s).toString().isEmpty());

    if (QStandardPaths::findExecutable(u"nvidia-smi"_s).isEmpty()) {
        QCOMPARE(info.value(u"gpu_count"_s).toString(), u"0"_s);
        QCOMPARE(info.value(u"gpu_product_names"_s).toArray(), QJsonArray());
    }
#endif
}

void TestMachineInfo::gatherInWorkerThread()
{
    // Callers may ask from a worker thread (no event loop there): the tools still run.
    const QJsonObject onMainThread = MachineInfo::fromSources(MachineInfo::gather());
    QJsonObject inWorker;
    QJsonObject currentInWorker;
    std::thread worker([&] {
        inWorker = MachineInfo::fromSources(MachineInfo::gather());
        currentInWorker = MachineInfo::current();
    });
    worker.join();
    QCOMPARE(inWorker, onMainThread);
    verifyShape(currentInWorker);
}

QTEST_GUILESS_MAIN(TestMachineInfo)
#include "tst_machineinfo.moc"
