import { type ReactNode, useEffect, useRef } from 'react';

/** Sets the browser tab title the GOV.UK way: "Error: " first when the page shows errors. */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} - Sightline`;
  }, [title, hasErrors]);
}

/**
 * A page's main heading. It takes focus when the page first shows, so that after moving between
 * pages a screen reader starts at the new heading and the keyboard continues from the top.
 */
export function PageHeading({
  children,
  caption,
  size = 'l',
}: {
  children: ReactNode;
  caption?: ReactNode;
  size?: 'xl' | 'l' | 'm';
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <>
      {caption ? <span className={`govuk-caption-${size === 'xl' ? 'l' : size}`}>{caption}</span> : null}
      <h1 className={`govuk-heading-${size}`} ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
        {children}
      </h1>
    </>
  );
}

/** A page with a title and a focused heading, in the two-thirds column unless `wide`. */
export function Page({
  title,
  caption,
  hasErrors = false,
  wide = false,
  before,
  children,
  heading,
}: {
  title: string;
  caption?: ReactNode;
  hasErrors?: boolean;
  wide?: boolean;
  /** Shown above the heading: back link, error summary, banners. */
  before?: ReactNode;
  /** Replaces the heading text when the page heading differs from the tab title. */
  heading?: ReactNode;
  children: ReactNode;
}) {
  usePageTitle(title, hasErrors);
  return (
    <div className="govuk-grid-row">
      <div className={wide ? 'govuk-grid-column-full' : 'govuk-grid-column-two-thirds'}>
        {before}
        <PageHeading caption={caption}>{heading ?? title}</PageHeading>
        {children}
      </div>
    </div>
  );
}
