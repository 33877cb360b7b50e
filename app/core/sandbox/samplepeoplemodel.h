#pragma once

#include "identity/identityinput.h"
#include "registry.h"

#include <QAbstractTableModel>

namespace tricheck::sandbox {

// A triple to send to the sandbox and the SubCode it answers with.
struct SampleRecipe
{
    QString subCode;
    identity::IdentityInput input;
};

// The sandbox's fictitious people as a table for the "sample people" view: their values (all
// invented, so shown in full), carrier, status, and what each answers when sent as it is. Texts
// follow a language switch.
class SamplePeopleModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SamplePeopleModel)

public:
    enum Column {
        Mobile,
        Name,
        IdNumber,
        Carrier,
        Status,
        Result,
        ColumnCount
    };
    enum Role {
        SubCodeRole = Qt::UserRole + 1, // what the person answers when sent as is
        OutcomeRole,                    // int(api::StatusRole) of that answer
    };

    explicit SamplePeopleModel(const Registry& registry = Registry::defaultRegistry(), QObject* parent = nullptr);
    ~SamplePeopleModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Person* personAt(int row) const;
    // Triples that give every SubCode the person can give: an active person 101, 202, 203, 201
    // and (with a number nobody has) 301; a person with status "other" 204.
    QList<SampleRecipe> recipes(int row) const;

private:
    void retranslate(); // the catalogue changed: headers, carriers and outcomes read anew
    Registry m_registry;
};

} // namespace tricheck::sandbox
