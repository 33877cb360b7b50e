#include "testenv.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList numerusForms;
};

QList<Message> readTs(const QString& path, QString* language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = Message{};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translation = xml.readElementText();
            } else if (name == u"numerusform") {
                current.numerusForms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out.append(current);
        }
    }
    if (xml.hasError())
        qWarning() << path << xml.errorString() << "line" << xml.lineNumber();
    return out;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(L?)(\\d+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(0));
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

class TestTranslationCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tricheck::test::isolateEnvironment(); }

    void committedCatalogueIsComplete() { checkComplete(QStringLiteral(TRICHECK_TS_DIR "/tricheck_zh_CN.ts")); }

    void catalogueCoversTheCurrentSources()
    {
        // A string added to the code but not to the catalogue shows up as "unfinished" here.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString scratch = dir.filePath(QStringLiteral("tricheck_zh_CN.ts"));
        QVERIFY(QFile::copy(QStringLiteral(TRICHECK_TS_DIR "/tricheck_zh_CN.ts"), scratch));
        QFile::setPermissions(scratch, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(TRICHECK_LUPDATE),
                      {QStringLiteral("-silent"),
                       QStringLiteral("-locations"),
                       QStringLiteral("none"),
                       QStringLiteral("-no-obsolete"),
                       QStringLiteral("@" TRICHECK_I18N_SOURCES_LIST),
                       QStringLiteral("-ts"),
                       scratch});
        QVERIFY(lupdate.waitForFinished(240000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        checkComplete(scratch);
    }

private:
    void checkComplete(const QString& path)
    {
        QString language;
        const QList<Message> messages = readTs(path, &language);
        QCOMPARE(language, QStringLiteral("zh_CN"));
        QVERIFY2(messages.size() > 50, "the catalogue looks empty");
        QStringList problems;
        for (const Message& m : messages) {
            if (m.type == u"vanished" || m.type == u"obsolete")
                continue;
            const QString where = m.context + QStringLiteral(": \"") + m.source.left(60) + u'"';
            if (m.type == u"unfinished") {
                problems << QStringLiteral("unfinished  ") + where;
                continue;
            }
            const QStringList forms = m.numerus ? m.numerusForms : QStringList{m.translation};
            for (const QString& t : forms) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("empty       ") + where;
                else if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholder ") + where;
            }
        }
        if (!problems.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 problem(s) in %2:\n").arg(problems.size()).arg(path) +
                             problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalogue)
#include "testtranslationcatalogue.moc"
