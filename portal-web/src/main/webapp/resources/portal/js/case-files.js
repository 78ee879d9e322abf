/*
 * The files of a case (WEB-INF/tags/case-files.xhtml): a file over the size limit is refused as soon
 * as it is chosen, so nothing of it is sent. The server refuses it again should it arrive anyway.
 */
window.CaseFiles = {
    /** The upload component's onAdd: passes a file on, or shows why it was refused. */
    checkSize: function (upload, file, accept, limit) {
        if (file.size <= limit) {
            accept(file);
            return;
        }
        var text = upload.jq.closest('.case-files').find('.too-large-text').text();
        upload.showMessage({summary: text.replace('{0}', file.name), detail: ''});
    }
};
