/*
 * Uploads of case files (WEB-INF/tags/case-files.xhtml, and the new-case form's files): a file over
 * the size limit is refused as soon as it is chosen, so nothing of it is sent. The server refuses it
 * again should it arrive anyway. The refusal's text stands hidden beside the upload component.
 */
window.CaseFiles = {
    /** The upload component's onAdd: passes a file on, or shows why it was refused. */
    checkSize: function (upload, file, accept, limit) {
        if (file.size <= limit) {
            accept(file);
            return;
        }
        var text = upload.jq.parent().find('.too-large-text').text();
        upload.showMessage({summary: text.replace('{0}', file.name), detail: ''});
    }
};
