<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Adapter</name>
    <message numerus="yes">
        <source>%Ln values written as NaN or Infinity are read as null.</source>
        <translation>
            <numerusform>%Ln value written as NaN or Infinity is read as null.</numerusform>
            <numerusform>%Ln values written as NaN or Infinity are read as null.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdapterSource</name>
    <message numerus="yes">
        <source>%1: read as %2, %Ln results.</source>
        <translation>
            <numerusform>%1: read as %2, %Ln result.</numerusform>
            <numerusform>%1: read as %2, %Ln results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catch2Adapter</name>
    <message numerus="yes">
        <source>Catch2&apos;s XML keeps no samples: the mean of each of %Ln benchmarks is its one data point, with the standard deviation beside it.</source>
        <translation>
            <numerusform>Catch2&apos;s XML keeps no samples: the mean of %Ln benchmark is its one data point, with the standard deviation beside it.</numerusform>
            <numerusform>Catch2&apos;s XML keeps no samples: the mean of each of %Ln benchmarks is its one data point, with the standard deviation beside it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>%Ln results valid by %1.</source>
        <translation>
            <numerusform>%Ln result valid by %1.</numerusform>
            <numerusform>%Ln results valid by %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckedResultSource</name>
    <message numerus="yes">
        <source>%Ln of %L1 results would be refused by the server</source>
        <translation>
            <numerusform>%Ln of %L1 results would be refused by the server</numerusform>
            <numerusform>%Ln of %L1 results would be refused by the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message numerus="yes">
        <source>%Ln regressions</source>
        <translation>
            <numerusform>%Ln regression</numerusform>
            <numerusform>%Ln regressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln improvements</source>
        <translation>
            <numerusform>%Ln improvement</numerusform>
            <numerusform>%Ln improvements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without change</source>
        <translation>
            <numerusform>%Ln without change</numerusform>
            <numerusform>%Ln without change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln with an error</numerusform>
            <numerusform>%Ln with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln missing</numerusform>
            <numerusform>%Ln missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Benchmark comparison: %Ln regressions</source>
        <translation>
            <numerusform>Benchmark comparison: %Ln regression</numerusform>
            <numerusform>Benchmark comparison: %Ln regressions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriterionAdapter</name>
    <message numerus="yes">
        <source>%Ln benchmarks have no new/sample.json; their mean estimate stands for the data.</source>
        <translation>
            <numerusform>%Ln benchmark has no new/sample.json; its mean estimate stands for the data.</numerusform>
            <numerusform>%Ln benchmarks have no new/sample.json; their mean estimate stands for the data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderWatcher</name>
    <message numerus="yes">
        <source>%Ln of its results would be refused by the server, as the first: %1</source>
        <translation>
            <numerusform>%Ln of its results would be refused by the server: %1</numerusform>
            <numerusform>%Ln of its results would be refused by the server, as the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GbenchAdapter</name>
    <message numerus="yes">
        <source>%Ln aggregate rows (mean, median, stddev, cv, BigO, RMS) are not results; the repetitions they summarise are.</source>
        <translation>
            <numerusform>%Ln aggregate row (mean, median, stddev, cv, BigO, RMS) is not a result; the repetitions it summarises are.</numerusform>
            <numerusform>%Ln aggregate rows (mean, median, stddev, cv, BigO, RMS) are not results; the repetitions they summarise are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks have aggregate rows but no repetitions in the file (written with --benchmark_report_aggregates_only): their mean stands for the data, with the median and standard deviation beside it.</source>
        <translation>
            <numerusform>%Ln benchmark has aggregate rows but no repetitions in the file (written with --benchmark_report_aggregates_only): its mean stands for the data, with the median and standard deviation beside it.</numerusform>
            <numerusform>%Ln benchmarks have aggregate rows but no repetitions in the file (written with --benchmark_report_aggregates_only): their mean stands for the data, with the median and standard deviation beside it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputLoader</name>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln *.json files, more than %L2; each is read on its own, which takes a while. Is it the right folder?</source>
        <translation>
            <numerusform>%1 holds %Ln *.json file, more than %L2; each is read on its own, which takes a while. Is it the right folder?</numerusform>
            <numerusform>%1 holds %Ln *.json files, more than %L2; each is read on its own, which takes a while. Is it the right folder?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Reading %Ln files from %1…</source>
        <translation>
            <numerusform>Reading %Ln file from %1…</numerusform>
            <numerusform>Reading %Ln files from %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results from an earlier session wait in the outbox; the button on the right sends them.</source>
        <translation>
            <numerusform>%Ln result from an earlier session waits in the outbox; the button on the right sends it.</numerusform>
            <numerusform>%Ln results from an earlier session wait in the outbox; the button on the right sends them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Outbox (%Ln)…</source>
        <translation>
            <numerusform>&amp;Outbox (%Ln)…</numerusform>
            <numerusform>&amp;Outbox (%Ln)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln waiting…</source>
        <translation>
            <numerusform>Send the %Ln waiting…</numerusform>
            <numerusform>Send the %Ln waiting…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results are still being sent; they stay in the outbox if you quit, and Outbox… sends them later.</source>
        <translation>
            <numerusform>%Ln result is still being sent; it stays in the outbox if you quit, and Outbox… sends it later.</numerusform>
            <numerusform>%Ln results are still being sent; they stay in the outbox if you quit, and Outbox… sends them later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln sent</source>
        <translation>
            <numerusform>Cancelled: %Ln sent</numerusform>
            <numerusform>Cancelled: %Ln sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln sent</source>
        <translation>
            <numerusform>Done: %Ln sent</numerusform>
            <numerusform>Done: %Ln sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not all sent: %Ln sent</source>
        <translation>
            <numerusform>Not all sent: %Ln sent</numerusform>
            <numerusform>Not all sent: %Ln sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln in the outbox</source>
        <translation>
            <numerusform>, %Ln in the outbox</numerusform>
            <numerusform>, %Ln in the outbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message numerus="yes">
        <source>%Ln lines cannot be read and are not sent</source>
        <translation>
            <numerusform>%Ln line cannot be read and is not sent</numerusform>
            <numerusform>%Ln lines cannot be read and are not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cut short: %Ln results of the %1 it was written with are missing</source>
        <translation>
            <numerusform>cut short: %Ln result of the %1 it was written with is missing</numerusform>
            <numerusform>cut short: %Ln results of the %1 it was written with are missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message numerus="yes">
        <source>%Ln results the server refused are kept apart and not sent again; correct and submit them again, then drop their batches.</source>
        <translation>
            <numerusform>%Ln result the server refused is kept apart and not sent again; correct and submit it again, then drop its batch.</numerusform>
            <numerusform>%Ln results the server refused are kept apart and not sent again; correct and submit them again, then drop their batches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected batches were made for %1. Send them to %2 instead? They are then recorded as being for %2; what %2 holds already is looked up first and not sent again.</source>
        <translation>
            <numerusform>%Ln of the selected batches was made for %1. Send it to %2 instead? It is then recorded as being for %2; what %2 holds already is looked up first and not sent again.</numerusform>
            <numerusform>%Ln of the selected batches were made for %1. Send them to %2 instead? They are then recorded as being for %2; what %2 holds already is looked up first and not sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them were found stored already and not sent again.</source>
        <translation>
            <numerusform>%Ln of them was found stored already and not sent again.</numerusform>
            <numerusform>%Ln of them were found stored already and not sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln batches without sending them? Their results are lost for good.</source>
        <translation>
            <numerusform>Remove %Ln batch without sending it? Its results are lost for good.</numerusform>
            <numerusform>Remove %Ln batches without sending them? Their results are lost for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDropCommand</name>
    <message numerus="yes">
        <source>Dropped %Ln batches from the outbox.</source>
        <translation>
            <numerusform>Dropped %Ln batch from the outbox.</numerusform>
            <numerusform>Dropped %Ln batches from the outbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxListCommand</name>
    <message numerus="yes">
        <source>%1  (unfinished)  %Ln results  %2</source>
        <translation>
            <numerusform>%1  (unfinished)  %Ln result  %2</numerusform>
            <numerusform>%1  (unfinished)  %Ln results  %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recoverable: %Ln readable results; &quot;benchconnect outbox retry&quot; sends those waiting, the damaged lines stay in the file</source>
        <translation>
            <numerusform>recoverable: %Ln readable result; &quot;benchconnect outbox retry&quot; sends it if it waits, the damaged lines stay in the file</numerusform>
            <numerusform>recoverable: %Ln readable results; &quot;benchconnect outbox retry&quot; sends those waiting, the damaged lines stay in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recoverable: %Ln readable results; send them with &quot;benchconnect outbox retry --to-server URL %1&quot;</source>
        <translation>
            <numerusform>recoverable: %Ln readable result; send it with &quot;benchconnect outbox retry --to-server URL %1&quot;</numerusform>
            <numerusform>recoverable: %Ln readable results; send them with &quot;benchconnect outbox retry --to-server URL %1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused: %Ln more results</source>
        <translation>
            <numerusform>refused: %Ln more result</numerusform>
            <numerusform>refused: %Ln more results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results waiting</source>
        <translation>
            <numerusform>%Ln result waiting</numerusform>
            <numerusform>%Ln results waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln batches</source>
        <translation>
            <numerusform>in %Ln batch</numerusform>
            <numerusform>in %Ln batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused (not sent again)</source>
        <translation>
            <numerusform>%Ln refused (not sent again)</numerusform>
            <numerusform>%Ln refused (not sent again)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damaged or leftover files</source>
        <translation>
            <numerusform>%Ln damaged or leftover file</numerusform>
            <numerusform>%Ln damaged or leftover files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxRetryCommand</name>
    <message numerus="yes">
        <source>Batch %1&apos;s header is damaged, so the server its %Ln results were for is unknown; name it: benchconnect outbox retry --to-server URL %1</source>
        <translation>
            <numerusform>Batch %1&apos;s header is damaged, so the server its %Ln result was for is unknown; name it: benchconnect outbox retry --to-server URL %1</numerusform>
            <numerusform>Batch %1&apos;s header is damaged, so the server its %Ln results were for is unknown; name it: benchconnect outbox retry --to-server URL %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln damaged lines cannot be read and are not sent; they stay in the batch file.</source>
        <translation>
            <numerusform>Batch %1: %Ln damaged line cannot be read and is not sent; it stays in the batch file.</numerusform>
            <numerusform>Batch %1: %Ln damaged lines cannot be read and are not sent; they stay in the batch file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batches are now for %1.</source>
        <translation>
            <numerusform>%Ln batch is now for %1.</numerusform>
            <numerusform>%Ln batches are now for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln results)</source>
        <translation>
            <numerusform>%1 (%Ln result)</numerusform>
            <numerusform>%1 (%Ln results)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results wait in damaged batches whose server is unknown (see benchconnect outbox list).</source>
        <translation>
            <numerusform>%Ln result waits in a damaged batch whose server is unknown (see benchconnect outbox list).</numerusform>
            <numerusform>%Ln results wait in damaged batches whose server is unknown (see benchconnect outbox list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results refused by the server are not sent again (see benchconnect outbox list).</source>
        <translation>
            <numerusform>%Ln result refused by the server is not sent again (see benchconnect outbox list).</numerusform>
            <numerusform>%Ln results refused by the server are not sent again (see benchconnect outbox list).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PytestBenchmarkAdapter</name>
    <message numerus="yes">
        <source>%Ln benchmarks hold no rounds (saved without --benchmark-save-data); their mean stands for the data, with the summary statistics beside it.</source>
        <translation>
            <numerusform>%Ln benchmark holds no rounds (saved without --benchmark-save-data); its mean stands for the data, with the summary statistics beside it.</numerusform>
            <numerusform>%Ln benchmarks hold no rounds (saved without --benchmark-save-data); their mean stands for the data, with the summary statistics beside it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunSubmitter</name>
    <message numerus="yes">
        <source>%Ln results wait in the outbox (%1): Outbox… in this window, or &quot;benchconnect outbox retry&quot;, sends them.</source>
        <translation>
            <numerusform>%Ln result waits in the outbox (%1): Outbox… in this window, or &quot;benchconnect outbox retry&quot;, sends it.</numerusform>
            <numerusform>%Ln results wait in the outbox (%1): Outbox… in this window, or &quot;benchconnect outbox retry&quot;, sends them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results written to the outbox (%1).</source>
        <translation>
            <numerusform>%Ln result written to the outbox (%1).</numerusform>
            <numerusform>%Ln results written to the outbox (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message numerus="yes">
        <source>%Ln results refused by the server (%1): %2</source>
        <translation>
            <numerusform>%Ln result refused by the server (%1): %2</numerusform>
            <numerusform>%Ln results refused by the server (%1): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results not stored (%1): %2</source>
        <translation>
            <numerusform>%Ln result not stored (%1): %2</numerusform>
            <numerusform>%Ln results not stored (%1): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more results not stored for other reasons (see benchconnect outbox list).</source>
        <translation>
            <numerusform>%Ln more result not stored for other reasons (see benchconnect outbox list).</numerusform>
            <numerusform>%Ln more results not stored for other reasons (see benchconnect outbox list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them were found stored already and not sent again.</source>
        <translation>
            <numerusform>%Ln of them was found stored already and not sent again.</numerusform>
            <numerusform>%Ln of them were found stored already and not sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results the server refused are kept apart in the outbox (%1): &quot;benchconnect outbox retry&quot; does not send them again, since they cannot be stored as they are. Correct and submit them again, then remove them with &quot;benchconnect outbox drop&quot;.</source>
        <translation>
            <numerusform>%Ln result the server refused is kept apart in the outbox (%1): &quot;benchconnect outbox retry&quot; does not send it again, since it cannot be stored as it is. Correct and submit it again, then remove it with &quot;benchconnect outbox drop&quot;.</numerusform>
            <numerusform>%Ln results the server refused are kept apart in the outbox (%1): &quot;benchconnect outbox retry&quot; does not send them again, since they cannot be stored as they are. Correct and submit them again, then remove them with &quot;benchconnect outbox drop&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted before the first result was sent: nothing was sent. The %Ln results written to the outbox (%1) wait there; send them with "benchconnect outbox retry".</source>
        <translation>
            <numerusform>Interrupted before the first result was sent: nothing was sent. The %Ln result written to the outbox (%1) waits there; send it with "benchconnect outbox retry".</numerusform>
            <numerusform>Interrupted before the first result was sent: nothing was sent. The %Ln results written to the outbox (%1) wait there; send them with "benchconnect outbox retry".</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VitestAdapter</name>
    <message numerus="yes">
        <source>%Ln benchmarks hold no samples (Vitest&apos;s JSON leaves them out); their mean stands for the data, with the summary statistics beside it.</source>
        <translation>
            <numerusform>%Ln benchmark holds no samples (Vitest&apos;s JSON leaves them out); its mean stands for the data, with the summary statistics beside it.</numerusform>
            <numerusform>%Ln benchmarks hold no samples (Vitest&apos;s JSON leaves them out); their mean stands for the data, with the summary statistics beside it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message numerus="yes">
        <source>%L1 of %Ln results sent</source>
        <translation>
            <numerusform>%L1 of %Ln result sent</numerusform>
            <numerusform>%L1 of %Ln results sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: run %3, %Ln results sent in %L4 s</source>
        <translation>
            <numerusform>%1 %2: run %3, %Ln result sent in %L4 s</numerusform>
            <numerusform>%1 %2: run %3, %Ln results sent in %L4 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: run %3 failed, %L4 of %Ln results sent in %L5 s: %6</source>
        <translation>
            <numerusform>%1 %2: run %3 failed, %L4 of %Ln result sent in %L5 s: %6</numerusform>
            <numerusform>%1 %2: run %3 failed, %L4 of %Ln results sent in %L5 s: %6</numerusform>
        </translation>
    </message>
</context>
</TS>
