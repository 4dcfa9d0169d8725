#include "progressline.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestProgressLine : public QObject
{
    Q_OBJECT

private slots:
    void rewritesOneLineOnATerminal()
    {
        QString text;
        QTextStream stream(&text);
        {
            ProgressLine line(&stream, true);
            line.update(5, 0, 10);
            QVERIFY2(text.startsWith(u"\r\x1b[KSending results: 5/10 (50%)"_s), qPrintable(text));
            QVERIFY(text.contains(u"/s"_s));
            QVERIFY(text.contains(u"left"_s));
            QVERIFY(!text.contains(u'\n'));
            text.clear();
            line.update(6, 0, 10); // within 100 ms of the last one: not printed again
            QVERIFY(text.isEmpty());
            line.update(10, 1, 10); // the end is always shown
            QVERIFY2(text.contains(u"10/10 (100%), 1 failed"_s), qPrintable(text));
            text.clear();
        }
        QCOMPARE(text, u"\r\x1b[K"_s); // cleared when done: the summary line follows on a clean line
    }

    void printsNothingElsewhere()
    {
        QString text;
        QTextStream stream(&text);
        {
            ProgressLine line(&stream, false);
            line.update(1, 0, 2);
            line.update(2, 0, 2);
        }
        QVERIFY(text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProgressLine)
#include "tst_progressline.moc"
