#include "samplepeoplemodel.h"

#include "api/resultcatalogue.h"
#include "i18n/translations.h"

namespace tricheck::sandbox {

SamplePeopleModel::SamplePeopleModel(const Registry& registry, QObject* parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
{
    i18n::Translations::onCatalogueChanged(this, [this] { retranslate(); });
}

SamplePeopleModel::~SamplePeopleModel() = default;

int SamplePeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_registry.size();
}

int SamplePeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Person* SamplePeopleModel::personAt(int row) const
{
    return row >= 0 && row < m_registry.size() ? &m_registry.people().at(row) : nullptr;
}

QVariant SamplePeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Mobile:
        return Registry::tr("Mobile number");
    case Name:
        return Registry::tr("Name");
    case IdNumber:
        return Registry::tr("ID number");
    case Carrier:
        return Registry::tr("Carrier");
    case Status:
        return Registry::tr("Number status");
    case Result:
        return Registry::tr("Result when sent as is");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SamplePeopleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person& p = m_registry.people().at(index.row());
    const Answer answer = m_registry.answer(p.mobile, p.name, p.idNumber, identity::ParamType::Normal);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Mobile:
            return p.mobile;
        case Name:
            return p.name;
        case IdNumber:
            return p.idNumber;
        case Carrier:
            return api::ResultCatalogue::carrierName(p.ispName);
        case Status:
            return p.status == Person::Status::Active ? Registry::tr("Active") : Registry::tr("Other (e.g. suspended)");
        case Result:
            return QStringLiteral("%1 · %2").arg(answer.subCode,
                                                 api::ResultCatalogue::subCode(answer.subCode).shortText);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Result ? api::ResultCatalogue::subCode(answer.subCode).longText : QVariant();
    case SubCodeRole:
        return answer.subCode;
    case OutcomeRole:
        return int(api::ResultCatalogue::roleForSubCode(answer.subCode));
    default:
        return {};
    }
}

QList<SampleRecipe> SamplePeopleModel::recipes(int row) const
{
    const Person* p = personAt(row);
    if (p == nullptr)
        return {};
    const identity::IdentityInput asIs{p->mobile, p->name, p->idNumber};
    if (p->status == Person::Status::Other)
        return {{QStringLiteral("204"), asIs}};

    // Someone else's name and ID number: real-looking values that pass every check of the form.
    const Person* other = nullptr;
    for (const Person& candidate : m_registry.people()) {
        if (candidate.name != p->name && candidate.idNumber != p->idNumber) {
            other = &candidate;
            break;
        }
    }
    QList<SampleRecipe> out{{QStringLiteral("101"), asIs}};
    if (other != nullptr) {
        out.append({QStringLiteral("202"), {p->mobile, p->name, other->idNumber}});
        out.append({QStringLiteral("203"), {p->mobile, other->name, p->idNumber}});
        out.append({QStringLiteral("201"), {p->mobile, other->name, other->idNumber}});
    }
    // A China Mobile number in an allocated range that nobody in the registry has.
    for (qint64 n = 13900000000; n < 13900000100; ++n) {
        const QString mobile = QString::number(n);
        if (m_registry.answer(mobile, p->name, p->idNumber, identity::ParamType::Normal).subCode == u"301") {
            out.append({QStringLiteral("301"), {mobile, p->name, p->idNumber}});
            break;
        }
    }
    return out;
}

void SamplePeopleModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, Carrier), index(rowCount() - 1, Result), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace tricheck::sandbox
