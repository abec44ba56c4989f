#pragma once

#include <QList>
#include <QObject>

class QHeaderView;
class QTableView;
class QWidget;

// Keeps a table's columns inside the table's width, so nobody has to scroll sideways to see a row: the
// important columns keep their preferred width, the others give up space first (down to their minimum;
// their text is elided and the full text is in the cell's tool tip). Space left over goes to one stretch
// column. Once the person drags a column edge, their widths win and the fitter stops.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    struct Column
    {
        int column = -1;
        int preferred = 0; // pixels
        int minimum = 0; // pixels; at least the header's text is a good minimum
        bool important = false;
    };

    // `stretchColumn` receives the space nobody needs (-1: the last visible column).
    ColumnFitter(QTableView *view, int stretchColumn = -1);

    void setColumns(const QList<Column> &columns);
    void setPreferredWidth(int column, int preferred);
    // The width the header needs for a column's title, sort indicator included.
    int headerWidth(int column) const;
    bool userResized() const { return m_userResized; }

public slots:
    // Lays the columns out for the table's current width (does nothing after the person resized one).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
    QWidget *m_viewport;
    QHeaderView *m_header;
    int m_stretchColumn;
    QList<Column> m_columns;
    bool m_fitting = false;
    bool m_userResized = false;
};
