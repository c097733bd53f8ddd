// The since/until form the analysis pages share (a plain GET form).
import type { DateRange } from '../corpus.js';
import { type Html, html } from '../html.js';

export function rangePicker(action: string, range: DateRange): Html {
  return html`<form class="range" method="get" action="${action}">
<label for="since">From</label> <input type="date" id="since" name="since" value="${range.since ?? ''}">
<label for="until">to</label> <input type="date" id="until" name="until" value="${range.until ?? ''}">
<button type="submit">Show</button>
</form>`;
}
