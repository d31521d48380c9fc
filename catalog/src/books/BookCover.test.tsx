import { fireEvent, render, screen } from '@testing-library/react';
import { TEST_APP_CONFIG } from '@folio/config/web/test/setup';
import { BookCover } from './BookCover';

describe('BookCover', () => {
  it('shows the cover from the public image bucket with its size set (no layout shift)', () => {
    render(
      <BookCover title="Emma" author="Jane Austen" coverKey="covers/emma.png" alt="Cover of Emma" loading="priority" />,
    );
    const img = screen.getByRole('img', { name: 'Cover of Emma' });
    expect(img).toHaveAttribute('src', `${TEST_APP_CONFIG.imageBaseUrl}/covers/emma.png`);
    expect(img).toHaveAttribute('width', '400');
    expect(img).toHaveAttribute('height', '600');
    expect(img).toHaveAttribute('loading', 'eager');
    expect(img).toHaveAttribute('fetchpriority', 'high');
  });

  it('loads covers above the fold now, at the browser’s priority', () => {
    const { container } = render(
      <BookCover title="Emma" author="Jane Austen" coverKey="covers/emma.png" loading="eager" />,
    );
    const img = container.querySelector('img')!;
    expect(img).toHaveAttribute('loading', 'eager');
    expect(img).toHaveAttribute('fetchpriority', 'auto');
  });

  it('lazy-loads shelf covers and keeps them silent for screen readers (the title is written beside them)', () => {
    const { container } = render(<BookCover title="Emma" author="Jane Austen" coverKey="covers/emma.png" />);
    const img = container.querySelector('img')!;
    expect(img).toHaveAttribute('alt', '');
    expect(img).toHaveAttribute('loading', 'lazy');
  });

  it('typesets a placeholder for a book without a cover', () => {
    render(<BookCover title="Emma" author="Jane Austen" coverKey={null} alt="Cover of Emma" />);
    expect(screen.getByRole('img', { name: 'Cover of Emma' })).toHaveTextContent('EmmaJane Austen');
  });

  it('falls back to the placeholder when the cover cannot be loaded', () => {
    render(<BookCover title="Emma" author="Jane Austen" coverKey="covers/emma.png" alt="Cover of Emma" />);
    fireEvent.error(screen.getByRole('img', { name: 'Cover of Emma' }));
    expect(screen.getByRole('img', { name: 'Cover of Emma' })).toHaveTextContent('EmmaJane Austen');
  });
});
