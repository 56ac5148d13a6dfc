// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideSearch } from '../../../components/GuideSearch';
import { GUIDES } from '../../../content/library';
import { searchGuides } from '../../../domain/search';

afterEach(cleanup);

describe('the guide search', () => {
  it('says it is searching while the search is not ready, never «no hits»', () => {
    render(<GuideSearch query="arbeid" hits={null} onQuery={vi.fn()} onOpen={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toBe('Søker i guidene …');
    expect(screen.queryByText(/Ingen treff/)).toBeNull();
  });

  it('shows «no hits» for a query nothing matches, and opens a hit at its item', () => {
    const onOpen = vi.fn();
    const { rerender } = render(<GuideSearch query="xqzv" hits={[]} onQuery={vi.fn()} onOpen={onOpen} />);
    expect(screen.getByText('Ingen treff på «xqzv».')).toBeTruthy();
    const hits = searchGuides(GUIDES, 'arbeidsdag');
    expect(hits.length).toBeGreaterThan(0);
    rerender(<GuideSearch query="arbeidsdag" hits={hits} onQuery={vi.fn()} onOpen={onOpen} />);
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.click(screen.getAllByRole('button')[0] as HTMLElement);
    expect(onOpen).toHaveBeenCalledWith(hits[0]?.guide.id, hits[0]?.item.id);
  });
});
