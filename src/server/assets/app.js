// sitrep web UI: progressive enhancement only. Every page works without this file; with it, the
// Add-news form gets drag-and-drop and an upload progress bar. No innerHTML: text goes in as text.

function setupAddForm() {
  const form = document.getElementById('add-form');
  if (!form) return;
  const fileInput = document.getElementById('file');
  const drop = document.getElementById('drop');
  const hint = document.getElementById('drop-hint');
  const progress = document.getElementById('progress');
  const status = document.getElementById('status');
  const result = document.getElementById('result');
  const max = Number(form.dataset.max || 0);
  hint.hidden = false;

  for (const type of ['dragenter', 'dragover']) {
    drop.addEventListener(type, (event) => {
      event.preventDefault();
      drop.classList.add('over');
    });
  }
  for (const type of ['dragleave', 'drop']) drop.addEventListener(type, () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    const files = event.dataTransfer?.files;
    if (files && files.length > 0) {
      fileInput.files = files;
      status.textContent = `Ready: ${files[0].name}`;
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const file = fileInput.files?.[0];
    if (file && max && file.size > max) {
      status.textContent = `${file.name} is larger than the upload limit.`;
      return;
    }
    send(new FormData(form));
  });

  function send(data) {
    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.setRequestHeader('Accept', 'application/json');
    progress.hidden = false;
    progress.value = 0;
    status.textContent = 'Uploading…';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) progress.value = Math.round((event.loaded / event.total) * 100);
    });
    request.upload.addEventListener('load', () => {
      progress.removeAttribute('value');
      status.textContent = 'Reading, extracting and clustering…';
    });
    request.addEventListener('load', () => {
      progress.hidden = true;
      let body = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = { error: 'the server sent an unreadable answer' };
      }
      if (request.status >= 400) status.textContent = `Not added: ${body.error}`;
      else showResult(body);
    });
    request.addEventListener('error', () => {
      progress.hidden = true;
      status.textContent = 'The upload failed: is the server still running?';
    });
    request.send(data);
  }

  function showResult(body) {
    const outcome = body.outcome;
    status.textContent =
      outcome.status === 'skipped'
        ? 'This file was added before; nothing new.'
        : `Added ${outcome.added} new article(s), ${outcome.known} already known, ${outcome.storiesTouched} story(ies) updated.`;
    result.replaceChildren();
    const heading = document.createElement('h2');
    heading.textContent = 'What was added';
    const list = document.createElement('ul');
    list.className = 'added';
    for (const article of body.articles) {
      const item = document.createElement('li');
      item.append(link(`/articles/${encodeURIComponent(article.id)}`, article.title));
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = ` ${article.outlet || 'unknown outlet'} · ${article.published || 'undated'} `;
      item.append(meta);
      if (article.story) item.append(link(`/stories/${encodeURIComponent(article.story)}`, 'story'));
      list.append(item);
    }
    result.append(heading, list);
    form.reset();
  }
}

function link(href, text) {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

/** A link to a cited sentence scrolls it into view and moves focus there, for keyboard users too. */
function focusCited() {
  const cited = document.getElementById('cited');
  if (cited && location.hash === '#cited') cited.focus({ preventScroll: false });
}

setupAddForm();
focusCited();
