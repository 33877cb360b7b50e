#include "areacodes.h"

#include "common/logging.h"

#include <QFile>
#include <QHash>

namespace tricheck::identity {

namespace {

// A magic static: loaded on first use, thread-safe by the C++11 guarantee on static initialisation.
const QHash<QString, QString>& table()
{
    static const QHash<QString, QString> codes = [] {
        QHash<QString, QString> out;
        QFile file(QStringLiteral(":/data/area-codes.tsv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcApi) << "area code table missing from resources";
            return out;
        }
        out.reserve(8000);
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const auto tab = line.indexOf(u'\t');
            if (tab == 6)
                out.insert(line.left(6), line.mid(7));
        }
        return out;
    }();
    return codes;
}

} // namespace

bool AreaCodes::isKnown(QStringView sixDigits)
{
    return table().contains(sixDigits.toString());
}

QString AreaCodes::name(QStringView sixDigits)
{
    return table().value(sixDigits.toString());
}

int AreaCodes::count()
{
    return int(table().size());
}

} // namespace tricheck::identity
