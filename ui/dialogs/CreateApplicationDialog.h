#pragma once

#include "RequestDialog.h"

class ConsoleContext;
class QLineEdit;
struct CreatedApplication;

// Creates a Cronofy application: a name and a web address, checked as they are typed (the same rules as
// cronofyctl), then POST /v1/applications in the background. On success emits created() and closes; the
// caller shows the once-shown secret dialog.
class CreateApplicationDialog : public RequestDialog
{
    Q_OBJECT

public:
    explicit CreateApplicationDialog(ConsoleContext *context, QWidget *parent = nullptr);

signals:
    void created(const CreatedApplication &application);

protected:
    void submit() override;

private:
    bool validate(bool focusFirstProblem);
    // Puts https:// in front of an address typed without a scheme (www.example.com).
    void completeUrl();

    ConsoleContext *m_context;
    QLineEdit *m_name;
    QLineEdit *m_url;
    bool m_triedOnce = false;
};
