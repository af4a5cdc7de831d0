// A short success notice that outlives the view that raised it (the edit views navigate away after a
// save). It is a polite live region appended to the page, removed after a few seconds or when dismissed.
const NOTICE_ID = 'flash-notice';
const SHOW_MS = 8_000;

export function showNotice(text: string, closeLabel: string): void {
  document.getElementById(NOTICE_ID)?.remove();
  const box = document.createElement('div');
  box.id = NOTICE_ID;
  box.className = 'flash-notice';
  box.setAttribute('role', 'status');
  box.dataset.testid = 'edit-success';
  const message = document.createElement('span');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'flash-close';
  close.setAttribute('aria-label', closeLabel);
  close.textContent = '×';
  close.addEventListener('click', () => box.remove());
  box.append(message, close);
  document.body.append(box);
  // The text goes in after the region exists, so that screen readers announce it.
  window.setTimeout(() => { message.textContent = text; }, 50);
  window.setTimeout(() => box.remove(), SHOW_MS);
}
