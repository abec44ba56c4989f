#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>

// The lowercase search keys of every calendar in the kept list, in one contiguous buffer, for the search box
// at 100,000 rows: one pass over the buffer finds every matching row, with no allocation and no call per row.
//
// Keys are kept as UTF-8 (half the memory of UTF-16 for the mostly ASCII ids, so half the pages to fault in
// when the list opens and half the bytes to scan per keystroke). UTF-8 never starts a character inside
// another one's bytes, so a byte match of a whole needle is a match of its characters.
//
// Keys are stored per slot (CalendarsModel's storage index). Each key is followed by a separator nobody
// types (U+001F, as between the fields of a key), so a needle without one never matches across two keys
// or two fields. Changing a key appends the new text and blanks the old one; the buffer is compacted when
// more than half of it is blank.
class CalendarSearchIndex
{
public:
    static constexpr char separator = '\x1f';

    // A search text in the form the index compares: lowercased (QString::toLower), as UTF-8.
    static QByteArray needle(QStringView text);

    void clear();
    void reserve(qsizetype slotTotal);
    int slotCount() const { return int(m_keyOfSlot.size()); }

    // Sets the key of `slot` (slotCount() appends a new slot) to `utf8` lowercased (QString::toLower).
    void setKey(int slot, QByteArrayView utf8);
    QString key(int slot) const;

    // `needle` comes from needle() and is not empty.
    bool keyContains(int slot, const QByteArray &needle) const;
    // Sets matched[slot] to 1 for every slot whose key contains the needle (others are left as they are).
    // `matched` has slotCount() elements.
    void markMatches(const QByteArray &needle, QList<char> &matched) const;

private:
    struct Key
    {
        quint32 begin = 0; // in m_text
        quint32 length = 0;
    };
    void compact();
    // The needle's byte that is rarest in the keys: the one the scan looks for.
    qsizetype anchorOf(const QByteArray &needle) const;

    QByteArray m_text; // every key, each followed by separator; blanked keys are separators only
    QList<Key> m_keyOfSlot;
    // Which slot owns the key starting at m_starts[i]; m_starts is ascending (keys in buffer order). -1:
    // blank.
    QList<quint32> m_starts;
    QList<int> m_owners;
    QList<int> m_ownerIndexOfSlot; // slot -> index in m_starts / m_owners
    qsizetype m_blank = 0; // bytes of blanked keys
    std::array<quint32, 256> m_counts {}; // occurrences of each byte value in the keys
};
