/*
 * An image just uploaded on the article form goes into the text being edited: into the editor the
 * technician was last in (the solution when none), where the cursor was (at the end of the text when
 * the technician has not been in that editor since the page opened), with its alt text. The
 * server has already stored it; the article's text only points at it. Inserted as the API, not the
 * user, so the editor's field takes the new text at once rather than when the editor loses focus.
 */
var ArticleImages = (function () {
    'use strict';

    var lastEditor = 'solutionEditor';
    var visited = {};

    document.addEventListener('focusin', function (event) {
        var editor = event.target.closest && event.target.closest('.kb-editor');
        if (editor) {
            lastEditor = editor.id.indexOf('problem') >= 0 ? 'problemEditor' : 'solutionEditor';
            visited[lastEditor] = true;
        }
    });

    function insert(args) {
        if (!args || !args.imageSrc) {
            return;
        }
        var quill = PF(lastEditor).editor;
        // Quill starts with a cursor at 0 that nobody placed there
        var range = visited[lastEditor] && quill.selection && quill.selection.savedRange;
        var index = range ? range.index : Math.max(0, quill.getLength() - 1);
        quill.insertEmbed(index, 'image', args.imageSrc, 'api');
        quill.formatText(index, 1, 'alt', args.imageAlt, 'api');
        quill.setSelection(index + 1, 0, 'silent');
    }

    return {insert: insert};
})();
