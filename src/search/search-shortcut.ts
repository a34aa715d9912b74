/** Whether a key press happens while the reader is typing somewhere. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * `/` (when not typing) and Ctrl+K or ⌘K focus the page's main search box:
 * the search page's own box if there is one, else the header's.
 */
export function bindSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !commandK) return;
    const box =
      document.querySelector<HTMLInputElement>('.search-page input[type="search"], .search-page input') ??
      document.querySelector<HTMLInputElement>('#header-search-input');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
