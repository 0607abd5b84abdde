/**
 * Saved work (English, the reference): the page "Your saved work" (/<locale>/saved/, linked from
 * every page's footer), whose island receives `island`, and `notice`, which every island shows for
 * saved data it could not read (src/islands/shared/AsideNotice.tsx). `{name}` is filled in by
 * `format()`; `{ one, other }` objects are plural forms.
 */
export default {
  footer: 'Your saved work',
  title: 'Your saved work',
  description:
    'What this browser keeps for you on Connector: quiz progress, worksheets and drafts. Back it up to one file, bring it back, or delete it.',
  lead: 'Your quiz progress, worksheets and drafts are saved in this browser and nowhere else, so this browser holds the only copy. Here you can see what it holds, keep a backup in one file, move it to another browser, or delete it.',
  needsScript:
    'This page reads what your browser has saved, and that needs JavaScript, which is switched off or has not loaded. Without JavaScript, nothing is saved either.',
  notice: {
    found:
      'Some of what this browser saved here could not be read. It has been set aside, unchanged: download it to keep it, or discard it.',
    download: 'Download it',
    discard: 'Discard it',
    discarded: 'The data that could not be read has been discarded.',
    undo: 'Undo',
    file: 'connector-unreadable-data',
    loadFailed:
      'This part of the page could not be loaded, perhaps because the connection is gone. Your work is saved: reload the page to try again.',
  },
  island: {
    holdsTitle: 'What this browser holds',
    empty: 'Nothing is saved in this browser yet.',
    unavailable:
      'This browser does not let the site read or save anything, so there is nothing here. Your work lasts only while a page is open.',
    full: 'This browser’s storage is full, so some changes could not be saved.',
    quizzes: 'Quiz progress',
    worksheets: 'Worksheets',
    drafts: 'Drafts: {tool}',
    aside: 'Set aside because it could not be read',
    count: { one: '{count} item', other: '{count} items' },
    changed: 'Changed {date}',
    found: 'Found {date}',
    answered: '{answered} of {total} questions answered',
    best: 'best score {score} of {total}',
    goneQuiz: 'A quiz that is no longer on the site',
    untitledWorksheet: 'Worksheet without a name',
    untitledDraft: 'Untitled draft',
    reasons: {
      damaged: 'Could not be read',
      partial: 'Read in part: what could be read is listed above, and this is the whole original',
      newer: 'Saved by a newer version of Connector',
    },
    from: {
      quiz: 'From a quiz',
      worksheet: 'From the worksheets',
      draft: 'From the drafts of “{tool}”',
      unknown: 'Origin unknown',
    },
    export: {
      title: 'Keep a backup',
      lead: 'One file with everything listed above, to keep, or to bring back in another browser. It holds what you typed, so keep it somewhere safe.',
      button: 'Download a backup',
      file: 'connector-backup',
      done: 'Backup downloaded.',
    },
    import: {
      title: 'Bring back a backup',
      label: 'Backup file',
      hint: 'A file made with “Download a backup”, in this browser or another. Nothing changes until you confirm.',
      previewTitle: 'What the backup would change',
      added: { one: '{count} item will be added.', other: '{count} items will be added.' },
      updated: {
        one: '{count} item is newer in the backup and will replace the one here.',
        other: '{count} items are newer in the backup and will replace the ones here.',
      },
      kept: {
        one: '{count} item is newer here and stays as it is.',
        other: '{count} items are newer here and stay as they are.',
      },
      same: { one: '{count} item is already here.', other: '{count} items are already here.' },
      asideAdded: {
        one: '{count} piece of data that could not be read will be kept aside here too.',
        other: '{count} pieces of data that could not be read will be kept aside here too.',
      },
      status: {
        added: 'new',
        updated: 'newer in the backup',
        kept: 'newer here, stays',
        same: 'already here',
      },
      nothing: 'Everything in this backup is already here. There is nothing to add.',
      confirm: 'Add to this browser',
      cancel: 'Cancel',
      cancelled: 'Nothing was changed.',
      done: { one: 'Done: {count} item added or updated.', other: 'Done: {count} items added or updated.' },
      failed: {
        one: 'This browser’s storage is full, so {count} item could not be added. Nothing that was here has changed.',
        other:
          'This browser’s storage is full, so {count} items could not be added. Nothing that was here has changed.',
      },
      errorTitle: 'There is a problem with the file',
      errors: {
        unreadable: 'The file could not be opened. Nothing was changed.',
        unrelated:
          'This file is not a Connector backup. Choose a file made with “Download a backup”. Nothing was changed.',
        damaged: 'This backup is damaged and cannot be read. Nothing was changed.',
        newer:
          'This backup was made by a newer version of Connector, which this page cannot read yet. Nothing was changed.',
      },
    },
    clear: {
      title: 'Delete everything',
      lead: 'Deletes everything listed above from this browser. Download a backup first if you might want it again.',
      button: 'Delete everything saved here',
      question: {
        one: 'Delete the {count} item saved in this browser? You can undo it straight afterwards.',
        other: 'Delete all {count} items saved in this browser? You can undo it straight afterwards.',
      },
      yes: 'Yes, delete everything',
      no: 'Keep it',
      done: 'Everything saved in this browser has been deleted.',
      restored: 'Everything is back.',
      undo: 'Undo',
    },
  },
};
