#include "list/ListSources.h"

namespace ListSources {

namespace {

ListColumn text(
    const char *name, const char *sortIndex = "", bool searched = false, bool caseSensitive = false)
{
    ListColumn c;
    c.name = QString::fromLatin1(name);
    c.kind = ListColumn::Kind::Text;
    c.sortIndex = QString::fromLatin1(sortIndex);
    c.searched = searched;
    c.caseSensitive = caseSensitive;
    return c;
}

ListColumn integer(const char *name, const char *sortIndex = "", std::optional<qint64> nullSortsAs = {})
{
    ListColumn c;
    c.name = QString::fromLatin1(name);
    c.kind = ListColumn::Kind::Integer;
    c.sortIndex = QString::fromLatin1(sortIndex);
    c.nullSortsAs = nullSortsAs;
    return c;
}

} // namespace

const ListSource &calendars()
{
    static const ListSource source = [] {
        ListSource s;
        s.table = QStringLiteral("calendars");
        s.columns = {
            integer("id"),
            text("client_id"),
            text("application_calendar_id", "calendars_by_calendar_id", true),
            text("sub", "calendars_by_sub", true, true),
            text("profile_id"),
            text("profile_name", "calendars_by_profile", true),
            text("provider_name", "calendars_by_provider"),
            text("scope"),
            integer("provisioned_at", "calendars_by_provisioned", -1),
            integer("last_seen_at", "calendars_by_last_seen", -1),
            text("status", "calendars_by_status", false, true),
            text("last_error", "calendars_by_last_error"),
        };
        s.substringIndex = QStringLiteral("calendars_search");
        s.countTable = QStringLiteral("calendar_counts");
        s.countColumns = {CalendarClientId, CalendarStatus};
        s.parentColumn = CalendarClientId;
        s.parentTable = QStringLiteral("applications");
        s.parentKey = QStringLiteral("client_id");
        s.parentName = QStringLiteral("name");
        s.parentIndex = QStringLiteral("calendars_by_application");
        return s;
    }();
    return source;
}

const ListSource &operations()
{
    static const ListSource source = [] {
        ListSource s;
        s.table = QStringLiteral("operations");
        s.columns = {
            integer("id"),
            integer("at", "operations_newest"),
            text("action", "", true),
            text("target", "", true),
            text("outcome", "", false, true),
            integer("http_status"),
            text("message", "", true),
            text("client_id"),
            text("calendar", "", true),
            text("data_center"),
            text("account", "", true),
            text("run_id"),
            text("parent_run"),
            integer("succeeded_count"),
            integer("failed_count"),
            integer("skipped_count"),
            integer("not_started_count"),
        };
        s.substringIndex = QStringLiteral("operations_search");
        s.parentColumn = OperationClientId;
        s.parentTable = QStringLiteral("applications");
        s.parentKey = QStringLiteral("client_id");
        s.parentName = QStringLiteral("name");
        s.parentIndex = QStringLiteral("operations_by_application");
        return s;
    }();
    return source;
}

} // namespace ListSources
