// libFuzzer target: the CSV reader the bulk import uses for lists of application_calendar_ids. Any bytes
// give either rows or a sentence with a line number, never a crash; what it read writes back and reads
// again to the same rows (RFC 4180 round trip); the spreadsheet formula guard is undone exactly.
#include "registry/Csv.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Csv::Table table = Csv::parse(bytes);
    if (!table.ok()) {
        check(table.errorLine >= 1);
        check(!table.error.isEmpty());
        return 0;
    }
    check(table.errorLine == 0);

    QByteArray written;
    for (const QStringList &row : table.rows) {
        check(!row.isEmpty());
        written += Csv::formatRow(row);
        for (const QString &field : row)
            check(Csv::unguardFormula(Csv::guardFormula(field)) == field);
    }
    const Csv::Table again = Csv::parse(written);
    check(again.ok());
    check(again.rows == table.rows);
    return 0;
}
