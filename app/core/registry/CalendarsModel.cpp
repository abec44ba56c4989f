#include "registry/CalendarsModel.h"

#include "registry/RecordText.h"
#include "registry/Registry.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

CalendarsModel::CalendarsModel(Registry *registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
{
    if (registry) {
        connect(registry, &Registry::calendarChanged, this, &CalendarsModel::onCalendarChanged);
        connect(registry, &Registry::applicationChanged, this, &CalendarsModel::onApplicationChanged);
    }
    reload();
}

CalendarsModel::~CalendarsModel() = default;

int CalendarsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int CalendarsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(m_order.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ApplicationColumn:
            return applicationNameOf(e);
        case CalendarIdColumn:
            return field(e, CalendarIdField).toString();
        case SubColumn:
            return field(e, SubField).toString();
        case ProfileColumn:
            return field(e, ProfileNameField).toString();
        case ProviderColumn:
            return field(e, ProviderField).toString();
        case ProvisionedColumn:
            return RecordText::dateTime(e.provisionedAtMs == Registry::noDate
                    ? QDateTime()
                    : QDateTime::fromMSecsSinceEpoch(e.provisionedAtMs, Qt::UTC));
        case LastSeenColumn:
            return RecordText::dateTime(e.lastSeenAtMs == Registry::noDate
                    ? QDateTime()
                    : QDateTime::fromMSecsSinceEpoch(e.lastSeenAtMs, Qt::UTC));
        case StatusColumn:
            return RecordText::status(e.status);
        case LastErrorColumn:
            return field(e, LastErrorField).toString();
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case ApplicationColumn:
            return applicationNameOf(e);
        case ProvisionedColumn:
            return e.provisionedAtMs == Registry::noDate
                ? QDateTime()
                : QDateTime::fromMSecsSinceEpoch(e.provisionedAtMs, Qt::UTC);
        case LastSeenColumn:
            return e.lastSeenAtMs == Registry::noDate
                ? QDateTime()
                : QDateTime::fromMSecsSinceEpoch(e.lastSeenAtMs, Qt::UTC);
        case StatusColumn:
            return int(e.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return e.id;
    case ClientIdRole:
        return field(e, ClientIdField).toString();
    case ApplicationCalendarIdRole:
        return field(e, CalendarIdField).toString();
    case SearchKeyRole:
        return QString(m_search.key(m_order.at(index.row())) + QChar(Registry::packedSeparator)
            + applicationNameOf(e).toLower());
    case StatusRole:
        return int(e.status);
    default:
        return {};
    }
}

QStringView CalendarsModel::field(const Entry &e, Field f)
{
    const qsizetype begin = e.start[f];
    const qsizetype end = f + 1 < FieldCount ? qsizetype(e.start[f + 1]) - 1 : e.fields.size();
    return QStringView(e.fields).mid(begin, end - begin);
}

CalendarsModel::Entry CalendarsModel::entryFrom(Registry::PackedCalendar &&packed)
{
    Entry e;
    e.id = packed.id;
    e.provisionedAtMs = packed.provisionedAtMs;
    e.lastSeenAtMs = packed.lastSeenAtMs;
    e.status = packed.status;
    e.fields = std::move(packed.fields);
    int f = 1;
    const qsizetype n = e.fields.size();
    const QStringView fields(e.fields);
    for (qsizetype i = fields.indexOf(QChar(Registry::packedSeparator)); i >= 0 && f < FieldCount;
         i = fields.indexOf(QChar(Registry::packedSeparator), i + 1))
        e.start[f++] = quint32(i + 1);
    for (; f < FieldCount; ++f) // never happens with Registry's rows; keeps field() in range regardless
        e.start[f] = quint32(n);
    return e;
}

QStringView CalendarsModel::searchedText(const Entry &e)
{
    return QStringView(e.fields).left(std::max(qsizetype(e.start[ProfileIdField]) - 1, qsizetype(0)));
}

int CalendarsModel::slotOfId(qint64 id) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), id,
        [](const Entry &e, qint64 wanted) { return e.id < wanted; });
    return it != m_entries.cend() && it->id == id ? int(it - m_entries.cbegin()) : -1;
}

CalendarsModel::Entry CalendarsModel::entryFrom(const CalendarRecord &r)
{
    Registry::PackedCalendar packed;
    packed.id = r.id;
    packed.provisionedAtMs
        = r.provisionedAt.isValid() ? r.provisionedAt.toMSecsSinceEpoch() : Registry::noDate;
    packed.lastSeenAtMs = r.lastSeenAt.isValid() ? r.lastSeenAt.toMSecsSinceEpoch() : Registry::noDate;
    packed.status = r.status;
    const QChar sep(Registry::packedSeparator);
    QStringList parts = {r.clientId, r.applicationCalendarId, r.sub, r.profileName, r.profileId,
        r.providerName, r.scope, r.lastError};
    for (QString &p : parts)
        p.replace(sep, QLatin1Char(' '));
    packed.fields = parts.join(sep);
    return entryFrom(std::move(packed));
}

CalendarRecord CalendarsModel::recordOf(const Entry &e) const
{
    CalendarRecord r;
    r.id = e.id;
    r.clientId = field(e, ClientIdField).toString();
    r.applicationCalendarId = field(e, CalendarIdField).toString();
    r.sub = field(e, SubField).toString();
    r.profileName = field(e, ProfileNameField).toString();
    r.profileId = field(e, ProfileIdField).toString();
    r.providerName = field(e, ProviderField).toString();
    r.scope = field(e, ScopeField).toString();
    r.lastError = field(e, LastErrorField).toString();
    if (e.provisionedAtMs != Registry::noDate)
        r.provisionedAt = QDateTime::fromMSecsSinceEpoch(e.provisionedAtMs, Qt::UTC);
    if (e.lastSeenAtMs != Registry::noDate)
        r.lastSeenAt = QDateTime::fromMSecsSinceEpoch(e.lastSeenAtMs, Qt::UTC);
    r.status = e.status;
    return r;
}

QString CalendarsModel::applicationNameOf(const Entry &e) const
{
    const QString clientId = field(e, ClientIdField).toString();
    const QString name = m_applicationNames.value(clientId);
    return name.isEmpty() ? clientId : name;
}

QList<QString> CalendarsModel::applicationsNamed(const QString &lowercaseNeedle) const
{
    QList<QString> out;
    for (auto it = m_applicationNames.cbegin(); it != m_applicationNames.cend(); ++it) {
        if (it.value().toLower().contains(lowercaseNeedle))
            out.append(it.key());
    }
    return out;
}

QVariant CalendarsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ApplicationColumn:
        return tr("Application");
    case CalendarIdColumn:
        return tr("Calendar ID");
    case SubColumn:
        return tr("Sub");
    case ProfileColumn:
        return tr("Profile");
    case ProviderColumn:
        return tr("Provider");
    case ProvisionedColumn:
        return tr("Provisioned");
    case LastSeenColumn:
        return tr("Last seen");
    case StatusColumn:
        return tr("Status");
    case LastErrorColumn:
        return tr("Last error");
    }
    return {};
}

bool CalendarsModel::slotLess(int a, int b) const
{
    const Entry &l = m_entries.at(a);
    const Entry &r = m_entries.at(b);
    auto text = [&](Field f) { return field(l, f).compare(field(r, f), Qt::CaseInsensitive); };
    auto number = [](qint64 x, qint64 y) { return x < y ? -1 : int(x > y); };
    int c = 0;
    switch (m_sortColumn) {
    case ApplicationColumn:
        c = QString::compare(applicationNameOf(l), applicationNameOf(r), Qt::CaseInsensitive);
        break;
    case CalendarIdColumn:
        c = text(CalendarIdField);
        break;
    case SubColumn:
        c = field(l, SubField).compare(field(r, SubField));
        break;
    case ProfileColumn:
        c = text(ProfileNameField);
        break;
    case ProviderColumn:
        c = text(ProviderField);
        break;
    case ProvisionedColumn:
        c = number(l.provisionedAtMs, r.provisionedAtMs);
        break;
    case LastSeenColumn:
        c = number(l.lastSeenAtMs, r.lastSeenAtMs);
        break;
    case StatusColumn:
        c = int(l.status) - int(r.status);
        break;
    case LastErrorColumn:
        c = text(LastErrorField);
        break;
    default:
        break;
    }
    if (c == 0)
        c = number(l.id, r.id); // a total order: equal keys keep the order of provisioning
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

int CalendarsModel::sortedPosition(int slot) const
{
    if (m_sortColumn < 0) {
        // Unsorted means ordered by row id, and a new row has the highest id.
        return int(m_order.size());
    }
    const auto it = std::upper_bound(
        m_order.cbegin(), m_order.cend(), slot, [this](int a, int b) { return slotLess(a, b); });
    return int(it - m_order.cbegin());
}

void CalendarsModel::renumber(int fromRow, int toRow)
{
    for (int row = fromRow; row <= toRow; ++row)
        m_rowOfSlot[m_order.at(row)] = row;
}

namespace {

// The first 16 characters of a text as two numbers whose order is the text's order (QStringView::compare,
// case-insensitive or not), as far as they tell: a < b between keys means a < b between the texts; equal
// keys tell nothing, and the texts are compared in full. Each character takes one byte; from the first
// character beyond U+00FE on, the key holds 0xFF and then stops, so it stays true for any text.
struct TextPrefix
{
    quint64 high = 0;
    quint64 low = 0;
};

TextPrefix textPrefix(QStringView text, Qt::CaseSensitivity cs)
{
    TextPrefix key;
    const qsizetype n = std::min<qsizetype>(text.size(), 16);
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = text[i].unicode();
        if (cs == Qt::CaseInsensitive)
            c = c < 128 ? (c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c)
                        : QChar::toCaseFolded(c); // what QStringView::compare folds (surrogates stay)
        const quint64 byte = c < 0xff ? c : 0xff;
        if (i < 8)
            key.high |= byte << (8 * (7 - i));
        else
            key.low |= byte << (8 * (15 - i));
        if (byte == 0xff)
            break;
    }
    return key;
}

} // namespace

void CalendarsModel::sortSlots()
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    auto byId = [this](int a, int b) {
        const qint64 x = m_entries.at(a).id;
        const qint64 y = m_entries.at(b).id;
        return x < y ? -1 : int(x > y);
    };
    // Text columns: each row's first 16 characters become two numbers once (n times), so most of the
    // n log n comparisons compare numbers in one compact array; only equal prefixes compare the texts, the
    // way slotLess() does, so the order is exactly slotLess()'s (which insertions keep using).
    auto sortByText = [&](Field f, Qt::CaseSensitivity cs) {
        struct Key
        {
            TextPrefix prefix;
            int slot;
        };
        std::vector<Key> keys;
        keys.reserve(size_t(m_entries.size()));
        for (int slot = 0; slot < m_entries.size(); ++slot)
            keys.push_back(Key {textPrefix(field(m_entries.at(slot), f), cs), slot});
        std::sort(keys.begin(), keys.end(), [&](const Key &l, const Key &r) {
            int c = 0;
            if (l.prefix.high != r.prefix.high)
                c = l.prefix.high < r.prefix.high ? -1 : 1;
            else if (l.prefix.low != r.prefix.low)
                c = l.prefix.low < r.prefix.low ? -1 : 1;
            else
                c = field(m_entries.at(l.slot), f).compare(field(m_entries.at(r.slot), f), cs);
            if (c == 0)
                c = byId(l.slot, r.slot);
            return ascending ? c < 0 : c > 0;
        });
        for (qsizetype row = 0; row < m_order.size(); ++row)
            m_order[row] = keys[size_t(row)].slot;
    };
    // The application column: names are few, so each row gets its name's rank (equal names, equal ranks).
    auto sortByApplicationName = [&] {
        QList<QString> names;
        QHash<QString, int> rankOfClient;
        for (const Entry &e : std::as_const(m_entries)) {
            const QString clientId = field(e, ClientIdField).toString();
            if (!rankOfClient.contains(clientId)) {
                rankOfClient.insert(clientId, 0);
                names.append(clientId);
            }
        }
        std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
            const QString nameA = m_applicationNames.value(a);
            const QString nameB = m_applicationNames.value(b);
            return QString::compare(
                       nameA.isEmpty() ? a : nameA, nameB.isEmpty() ? b : nameB, Qt::CaseInsensitive)
                < 0;
        });
        int rank = 0;
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (i > 0) {
                const QString previous = m_applicationNames.value(names.at(i - 1));
                const QString current = m_applicationNames.value(names.at(i));
                if (QString::compare(previous.isEmpty() ? names.at(i - 1) : previous,
                        current.isEmpty() ? names.at(i) : current, Qt::CaseInsensitive)
                    != 0)
                    ++rank;
            }
            rankOfClient.insert(names.at(i), rank);
        }
        QList<int> ranks;
        ranks.reserve(m_entries.size());
        for (const Entry &e : std::as_const(m_entries))
            ranks.append(rankOfClient.value(field(e, ClientIdField).toString()));
        std::sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            int c = ranks.at(a) - ranks.at(b);
            if (c == 0)
                c = byId(a, b);
            return ascending ? c < 0 : c > 0;
        });
    };
    switch (m_sortColumn) {
    case ApplicationColumn:
        sortByApplicationName();
        break;
    case CalendarIdColumn:
        sortByText(CalendarIdField, Qt::CaseInsensitive);
        break;
    case SubColumn:
        sortByText(SubField, Qt::CaseSensitive);
        break;
    case ProfileColumn:
        sortByText(ProfileNameField, Qt::CaseInsensitive);
        break;
    case ProviderColumn:
        sortByText(ProviderField, Qt::CaseInsensitive);
        break;
    case LastErrorColumn:
        sortByText(LastErrorField, Qt::CaseInsensitive);
        break;
    default:
        if (m_sortColumn < 0)
            std::sort(m_order.begin(), m_order.end(),
                [this](int a, int b) { return m_entries.at(a).id < m_entries.at(b).id; });
        else
            std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return slotLess(a, b); });
        break;
    }
}

void CalendarsModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> remembered;
    remembered.reserve(before.size());
    for (const QModelIndex &index : before)
        remembered.append(m_order.at(index.row()));

    m_sortColumn = column;
    m_sortOrder = order;
    sortSlots();
    renumber(0, int(m_order.size()) - 1);

    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(index(m_rowOfSlot.at(remembered.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

CalendarRecord CalendarsModel::record(int row) const
{
    if (row < 0 || row >= m_order.size())
        return {};
    return recordOf(m_entries.at(m_order.at(row)));
}

int CalendarsModel::rowOf(const QString &clientId, const QString &applicationCalendarId) const
{
    // Rare (tests, selecting a row after an action): a scan, so the model keeps no second key per row.
    for (int slot = 0; slot < m_entries.size(); ++slot) {
        const Entry &e = m_entries.at(slot);
        if (field(e, CalendarIdField) == applicationCalendarId && field(e, ClientIdField) == clientId)
            return m_rowOfSlot.at(slot);
    }
    return -1;
}

void CalendarsModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_order.clear();
    m_rowOfSlot.clear();
    m_search.clear();
    m_applicationNames.clear();
    ++m_namesGeneration;
    if (m_registry) {
        const QList<ApplicationRecord> applications = m_registry->applications();
        for (const ApplicationRecord &a : applications)
            m_applicationNames.insert(a.clientId, a.name);
        QList<Registry::PackedCalendar> rows = m_registry->packedCalendars();
        qsizetype characters = 0;
        for (const Registry::PackedCalendar &row : std::as_const(rows))
            characters += row.fields.size();
        m_entries.reserve(rows.size());
        m_search.reserve(rows.size(), characters);
        for (Registry::PackedCalendar &row : rows) {
            m_entries.append(entryFrom(std::move(row)));
            m_search.setKey(int(m_entries.size()) - 1, searchedText(m_entries.constLast()));
        }
    }
    m_order.resize(m_entries.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= 0)
        sortSlots();
    m_rowOfSlot.resize(m_entries.size());
    renumber(0, int(m_order.size()) - 1);
    endResetModel();
}

void CalendarsModel::onCalendarChanged(const QString &clientId, const QString &applicationCalendarId)
{
    if (!m_registry)
        return;
    const std::optional<CalendarRecord> fresh = m_registry->calendar(clientId, applicationCalendarId);
    if (!fresh) {
        if (rowOf(clientId, applicationCalendarId) >= 0)
            reload(); // removed by someone else: rare, and removal renumbers every slot
        return;
    }
    const int slot = slotOfId(fresh->id);
    if (slot < 0) {
        if (!m_entries.isEmpty() && fresh->id < m_entries.constLast().id) {
            reload(); // not the highest id (never seen with SQLite's row ids): keep m_entries ordered by id
            return;
        }
        const int newSlot = int(m_entries.size());
        m_entries.append(entryFrom(*fresh));
        m_search.setKey(newSlot, searchedText(m_entries.constLast()));
        m_rowOfSlot.append(-1);
        const int row = sortedPosition(newSlot);
        beginInsertRows({}, row, row);
        m_order.insert(row, newSlot);
        renumber(row, int(m_order.size()) - 1);
        endInsertRows();
        return;
    }

    m_entries[slot] = entryFrom(*fresh);
    m_search.setKey(slot, searchedText(m_entries.at(slot)));
    int row = m_rowOfSlot.at(slot);
    const int last = int(m_order.size()) - 1;
    const bool outOfOrder = m_sortColumn >= 0
        && ((row > 0 && slotLess(slot, m_order.at(row - 1)))
            || (row < last && slotLess(m_order.at(row + 1), slot)));
    if (outOfOrder) {
        m_order.remove(row);
        const int target = sortedPosition(slot); // position in the list without this row
        m_order.insert(row, slot);
        if (target != row && beginMoveRows({}, row, row, {}, target > row ? target + 1 : target)) {
            m_order.move(row, target);
            renumber(std::min(row, target), std::max(row, target));
            endMoveRows();
            row = target;
        }
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CalendarsModel::onApplicationChanged(const QString &clientId)
{
    if (!m_registry)
        return;
    const std::optional<ApplicationRecord> application = m_registry->application(clientId);
    const QString name = application ? application->name : QString();
    if (m_applicationNames.contains(clientId) && m_applicationNames.value(clientId) == name)
        return;
    m_applicationNames.insert(clientId, name);
    ++m_namesGeneration;
    // Names are not part of the per-row search key (see applicationsNamed()), so only the rows' text changes.
    int first = -1;
    int last = -1;
    for (int slot = 0; slot < m_entries.size(); ++slot) {
        if (field(m_entries.at(slot), ClientIdField) != clientId)
            continue;
        const int row = m_rowOfSlot.at(slot);
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    if (first < 0)
        return;
    if (m_sortColumn == ApplicationColumn)
        sort(m_sortColumn, m_sortOrder);
    else
        emit dataChanged(index(first, ApplicationColumn), index(last, ApplicationColumn));
}
