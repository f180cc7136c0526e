#pragma once

#include <QMainWindow>

class QListWidget;
class QPlainTextEdit;

namespace debrief {

class ReportDocument;
struct Report;

// The editor's top-level window: menus, file handling and the part navigation.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ReportDocument *document() const { return m_doc; }

    bool openFile(const QString &path);
    void openSample();
    void newFromTemplate(const QString &templateId);
    bool save();
    bool saveAs();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void rebuildNavigation();
    void showPart(int row);
    void updateTitle();
    bool saveTo(const QString &path);
    bool confirmDiscard();
    void open();

    ReportDocument *m_doc;
    QListWidget *m_parts;
    QPlainTextEdit *m_view;
};

} // namespace debrief
