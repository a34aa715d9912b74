import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html.ts';

describe('escapeHtml', () => {
  it('should write markup characters as entities, and leave other text as it is', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'Vučić'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Vučić&#39;',
    );
    expect(escapeHtml('Kirby: “No.”')).toBe('Kirby: “No.”');
  });
});
