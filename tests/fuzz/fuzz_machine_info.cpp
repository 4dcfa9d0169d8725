// SPDX-License-Identifier: MIT
// The machine-info sources: lscpu output, /proc/meminfo, /proc/cpuinfo, the /sys topology files
// (core_cpus_list), nvidia-smi output and macOS's SystemVersion.plist, each read from the input.
#include "fuzzsupport.h"

#include "machineinfo.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    const QString text = QString::fromUtf8(input);

    const QMap<QString, QString> pairs = MachineInfo::parseKeyValueLines(text);
    for (const QString &value : pairs) {
        MachineInfo::parseLscpuBytes(value);
        MachineInfo::parseLscpuMaxHz(value);
    }
    if (const auto bytes = MachineInfo::parseMemTotalBytes(text))
        MachineInfo::roundToWholeGiB(*bytes);
    MachineInfo::physicalCoresFromCpuinfo(text);
    MachineInfo::parseNvidiaSmi(text);
    MachineInfo::physicalCoresFromSiblingLists(text.split(u'\n'));
    MachineInfo::parseSystemVersionPlist(input);

    MachineInfoSources sources;
    sources.systemName = QStringLiteral("Linux");
    sources.hostName = pairs.value(QStringLiteral("Hostname"));
    sources.kernelRelease = pairs.value(QStringLiteral("Kernel"));
    sources.machine = pairs.value(QStringLiteral("Architecture"));
    sources.libcVersion = pairs.value(QStringLiteral("glibc"));
    sources.lscpu = text;
    sources.procMeminfo = text;
    sources.nvidiaSmi = text;
    MachineInfo::fromSources(sources);

    // The same text as the /sys topology files of two CPUs and as /proc/cpuinfo.
    static QTemporaryDir dir;
    const QList<QByteArray> parts = FuzzSupport::split(input, 3);
    for (int cpu = 0; cpu < 2; ++cpu) {
        const QString topology = dir.filePath(QStringLiteral("cpu%1/topology").arg(cpu));
        QDir().mkpath(topology);
        QFile file(topology + QStringLiteral("/core_cpus_list"));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(parts.at(cpu));
    }
    QFile cpuinfo(dir.filePath(QStringLiteral("cpuinfo")));
    if (cpuinfo.open(QIODevice::WriteOnly | QIODevice::Truncate))
        cpuinfo.write(parts.at(2));
    cpuinfo.close();
    MachineInfo::countPhysicalCores(dir.path(), cpuinfo.fileName());
    return 0;
}
