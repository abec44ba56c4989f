#include "registry/CalendarsModel.h"

#include "registry/RecordText.h"
#include "registry/Registry.h"

#include <algorithm>
#include <cstring>
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
            return fieldText(e, CalendarIdField);
        case SubColumn:
            return fieldText(e, SubField);
        case ProfileColumn:
            return fieldText(e, ProfileNameField);
        case ProviderColumn:
            return fieldText(e, ProviderField);
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
            return fieldText(e, LastErrorField);
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
        return m_clientIds.at(e.application);
    case ApplicationCalendarIdRole:
        return fieldText(e, CalendarIdField);
    case SearchKeyRole: {
        const QChar separator = QLatin1Char(Registry::rowSeparator);
        return QString(m_clientIds.at(e.application).toLower() + separator
            + m_search.key(m_order.at(index.row())) + separator + applicationNameOf(e).toLower());
    }
    case StatusRole:
        return int(e.status);
    default:
        return {};
    }
}

QByteArrayView CalendarsModel::field(const Entry &e, Field f) const
{
    const qsizetype begin = e.start[f];
    return QByteArrayView(m_text.constData() + begin, qsizetype(e.start[f + 1]) - 1 - begin);
}

QByteArrayView CalendarsModel::searchedText(const Entry &e) const
{
    const qsizetype begin = e.start[0];
    return QByteArrayView(m_text.constData() + begin, qsizetype(e.start[ProfileIdField]) - 1 - begin);
}

int CalendarsModel::applicationIndex(QByteArrayView clientId)
{
    // Looked up by the row's own bytes (fromRawData: no copy); a client_id is converted once, when new.
    const int index = m_applicationIndex.value(QByteArray::fromRawData(clientId.data(), clientId.size()), -1);
    if (index >= 0)
        return index;
    const int added = int(m_clientIds.size());
    m_clientIds.append(QString::fromUtf8(clientId));
    m_applicationIndex.insert(clientId.toByteArray(), added);
    ++m_namesGeneration; // a new client_id the search may match
    return added;
}

CalendarsModel::Entry CalendarsModel::entryFrom(const Registry::CalendarRow &row)
{
    Entry e;
    e.id = row.id;
    e.provisionedAtMs = row.provisionedAtMs;
    e.lastSeenAtMs = row.lastSeenAtMs;
    e.status = row.status;
    e.application = quint32(applicationIndex(row.clientId));
    const QByteArrayView fields[FieldCount] = {row.applicationCalendarId, row.sub, row.profileName,
        row.profileId, row.providerName, row.scope, row.lastError};
    // Grown here, not by append(): Qt 6.4's QByteArray::append copies the whole buffer into a new block
    // each time it grows, reserve() grows it in place (realloc), so a load writes each page once.
    qsizetype bytes = FieldCount;
    for (const QByteArrayView &text : fields)
        bytes += text.size();
    if (m_text.size() + bytes > m_text.capacity())
        m_text.reserve(std::max(m_text.size() + bytes, 2 * m_text.capacity()));
    for (int f = 0; f < FieldCount; ++f) {
        const qsizetype begin = m_text.size();
        e.start[f] = quint32(begin);
        m_text.append(fields[f].data(), fields[f].size());
        // Writes never store the separator (Registry's text()); a file edited by hand might.
        char *const end = m_text.data() + m_text.size();
        for (char *c = m_text.data() + begin;
             (c = static_cast<char *>(std::memchr(c, Registry::rowSeparator, size_t(end - c))));)
            *c++ = ' ';
        m_text.append(Registry::rowSeparator);
    }
    e.start[FieldCount] = quint32(m_text.size());
    return e;
}

CalendarsModel::Entry CalendarsModel::entryFrom(const CalendarRecord &r)
{
    Registry::CalendarRow row;
    row.id = r.id;
    row.provisionedAtMs = r.provisionedAt.isValid() ? r.provisionedAt.toMSecsSinceEpoch() : Registry::noDate;
    row.lastSeenAtMs = r.lastSeenAt.isValid() ? r.lastSeenAt.toMSecsSinceEpoch() : Registry::noDate;
    row.status = r.status;
    const QByteArray clientId = r.clientId.toUtf8();
    const QByteArray texts[FieldCount]
        = {r.applicationCalendarId.toUtf8(), r.sub.toUtf8(), r.profileName.toUtf8(), r.profileId.toUtf8(),
            r.providerName.toUtf8(), r.scope.toUtf8(), r.lastError.toUtf8()};
    row.clientId = clientId;
    row.applicationCalendarId = texts[CalendarIdField];
    row.sub = texts[SubField];
    row.profileName = texts[ProfileNameField];
    row.profileId = texts[ProfileIdField];
    row.providerName = texts[ProviderField];
    row.scope = texts[ScopeField];
    row.lastError = texts[LastErrorField];
    return entryFrom(row);
}

void CalendarsModel::compactText()
{
    if (m_replacedText <= 4096 || m_replacedText <= m_text.size() / 2)
        return;
    QByteArray text;
    text.reserve(m_text.size() - m_replacedText);
    for (Entry &e : m_entries) {
        const qint64 shift = qint64(text.size()) - qint64(e.start[0]);
        text.append(m_text.constData() + e.start[0], qsizetype(e.start[FieldCount]) - qsizetype(e.start[0]));
        for (quint32 &start : e.start)
            start = quint32(qint64(start) + shift);
    }
    m_text = std::move(text);
    m_replacedText = 0;
}

int CalendarsModel::slotOfId(qint64 id) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), id,
        [](const Entry &e, qint64 wanted) { return e.id < wanted; });
    return it != m_entries.cend() && it->id == id ? int(it - m_entries.cbegin()) : -1;
}

CalendarRecord CalendarsModel::recordOf(const Entry &e) const
{
    CalendarRecord r;
    r.id = e.id;
    r.clientId = m_clientIds.at(e.application);
    r.applicationCalendarId = fieldText(e, CalendarIdField);
    r.sub = fieldText(e, SubField);
    r.profileName = fieldText(e, ProfileNameField);
    r.profileId = fieldText(e, ProfileIdField);
    r.providerName = fieldText(e, ProviderField);
    r.scope = fieldText(e, ScopeField);
    r.lastError = fieldText(e, LastErrorField);
    if (e.provisionedAtMs != Registry::noDate)
        r.provisionedAt = QDateTime::fromMSecsSinceEpoch(e.provisionedAtMs, Qt::UTC);
    if (e.lastSeenAtMs != Registry::noDate)
        r.lastSeenAt = QDateTime::fromMSecsSinceEpoch(e.lastSeenAtMs, Qt::UTC);
    r.status = e.status;
    return r;
}

QString CalendarsModel::applicationNameOf(const Entry &e) const
{
    const QString &clientId = m_clientIds.at(e.application);
    const QString name = m_applicationNames.value(clientId);
    return name.isEmpty() ? clientId : name;
}

QList<char> CalendarsModel::applicationsMatching(const QString &lowercaseNeedle) const
{
    QList<char> out(m_clientIds.size(), 0);
    for (qsizetype i = 0; i < m_clientIds.size(); ++i) {
        const QString &clientId = m_clientIds.at(i);
        out[i] = clientId.toLower().contains(lowercaseNeedle)
            || m_applicationNames.value(clientId).toLower().contains(lowercaseNeedle);
    }
    return out;
}

QVariant CalendarsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The title is its own tooltip: a narrowed column (or a long translation) cuts it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
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

namespace {

// The next character of a UTF-8 text, case-folded when case does not count (U+FFFD for a broken sequence:
// the file may have been edited by hand), as a number whose order is QString::compare's: UTF-16 puts the
// characters beyond U+FFFF (surrogate pairs, from 0xD800) before U+E000..U+FFFF.
char32_t nextCharacter(const uchar *&p, const uchar *end, Qt::CaseSensitivity cs)
{
    char32_t c = *p++;
    if (c < 0x80)
        return cs == Qt::CaseInsensitive && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    if (more == 0 || c > 0xf4) {
        c = 0xfffd;
    } else {
        c &= 0x3fu >> more;
        for (; more > 0 && p < end && (*p & 0xc0) == 0x80; --more)
            c = (c << 6) | (*p++ & 0x3fu);
        if (more > 0 || c > 0x10ffff)
            c = 0xfffd;
        else if (cs == Qt::CaseInsensitive)
            c = QChar::toCaseFolded(c);
    }
    if (c >= 0x10000)
        return 0xd800 + (c - 0x10000); // 0xD800 .. 0x10D7FF
    if (c >= 0xe000)
        return c + 0x100000; // 0x10E000 .. 0x10FFFF
    return c;
}

// The order of two UTF-8 texts: character by character, as QString::compare orders them in UTF-16 (case-
// folded when case does not count).
int compareText(QByteArrayView a, QByteArrayView b, Qt::CaseSensitivity cs)
{
    const uchar *p = reinterpret_cast<const uchar *>(a.data());
    const uchar *q = reinterpret_cast<const uchar *>(b.data());
    const uchar *const pEnd = p + a.size();
    const uchar *const qEnd = q + b.size();
    while (p < pEnd && q < qEnd) {
        const char32_t x = nextCharacter(p, pEnd, cs);
        const char32_t y = nextCharacter(q, qEnd, cs);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return p < pEnd ? 1 : q < qEnd ? -1 : 0;
}

// The first 16 characters of a text as two numbers whose order is compareText()'s order, as far as they
// tell: a < b between keys means a < b between the texts; equal keys tell nothing, and the texts are
// compared in full. Each character takes one byte; from the first character beyond U+00FE on, the key
// holds 0xFF and then stops, so it stays true for any text.
struct TextPrefix
{
    quint64 high = 0;
    quint64 low = 0;
};

TextPrefix textPrefix(QByteArrayView text, Qt::CaseSensitivity cs)
{
    TextPrefix key;
    const uchar *p = reinterpret_cast<const uchar *>(text.data());
    const uchar *const end = p + text.size();
    for (int i = 0; i < 16 && p < end; ++i) {
        const char32_t c = nextCharacter(p, end, cs);
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

bool CalendarsModel::slotLess(int a, int b) const
{
    const Entry &l = m_entries.at(a);
    const Entry &r = m_entries.at(b);
    auto text = [&](Field f) { return compareText(field(l, f), field(r, f), Qt::CaseInsensitive); };
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
        c = compareText(field(l, SubField), field(r, SubField), Qt::CaseSensitive);
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
                c = compareText(field(m_entries.at(l.slot), f), field(m_entries.at(r.slot), f), cs);
            if (c == 0)
                c = byId(l.slot, r.slot);
            return ascending ? c < 0 : c > 0;
        });
        for (qsizetype row = 0; row < m_order.size(); ++row)
            m_order[row] = keys[size_t(row)].slot;
    };
    // The application column: names are few, so each application gets its name's rank (equal names, equal
    // ranks), and rows compare ranks.
    auto sortByApplicationName = [&] {
        auto nameOf = [this](int application) {
            const QString &clientId = m_clientIds.at(application);
            const QString name = m_applicationNames.value(clientId);
            return name.isEmpty() ? clientId : name;
        };
        QList<int> applications(m_clientIds.size());
        std::iota(applications.begin(), applications.end(), 0);
        std::sort(applications.begin(), applications.end(),
            [&](int a, int b) { return QString::compare(nameOf(a), nameOf(b), Qt::CaseInsensitive) < 0; });
        QList<int> rankOf(m_clientIds.size(), 0);
        int rank = 0;
        for (qsizetype i = 0; i < applications.size(); ++i) {
            if (i > 0
                && QString::compare(
                       nameOf(applications.at(i - 1)), nameOf(applications.at(i)), Qt::CaseInsensitive)
                    != 0)
                ++rank;
            rankOf[applications.at(i)] = rank;
        }
        std::sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            int c = rankOf.at(m_entries.at(a).application) - rankOf.at(m_entries.at(b).application);
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
    const int application = applicationIndexOf(clientId);
    if (application < 0)
        return -1;
    const QByteArray id = applicationCalendarId.toUtf8();
    for (int slot = 0; slot < m_entries.size(); ++slot) {
        const Entry &e = m_entries.at(slot);
        if (e.application == quint32(application) && field(e, CalendarIdField) == QByteArrayView(id))
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
    m_text.resize(0); // keeps its memory, like the lists above: a reload fills about as much again
    m_replacedText = 0;
    m_clientIds.clear();
    m_applicationIndex.clear();
    m_applicationNames.clear();
    ++m_namesGeneration;
    if (m_registry) {
        const QList<ApplicationRecord> applications = m_registry->applications();
        for (const ApplicationRecord &a : applications)
            m_applicationNames.insert(a.clientId, a.name);
        const qint64 count = m_registry->calendarCount();
        m_entries.reserve(count);
        m_search.reserve(count);
        // Rows go straight into the model's storage: no list of them in between.
        m_registry->visitCalendarRows([this](const Registry::CalendarRow &row) {
            m_entries.append(entryFrom(row));
            m_search.setKey(int(m_entries.size()) - 1, searchedText(m_entries.constLast()));
        });
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

    const Entry &old = m_entries.at(slot);
    m_replacedText += qsizetype(old.start[FieldCount]) - qsizetype(old.start[0]);
    m_entries[slot] = entryFrom(*fresh);
    compactText();
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
    // Names are not part of the per-row search key (see applicationsMatching()), so only the rows' text
    // changes.
    const int changed = applicationIndexOf(clientId);
    if (changed < 0)
        return;
    int first = -1;
    int last = -1;
    for (int slot = 0; slot < m_entries.size(); ++slot) {
        if (m_entries.at(slot).application != quint32(changed))
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
