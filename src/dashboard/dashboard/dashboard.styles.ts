import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    background: var(--_surface);
  }
  .page {
    max-width: 80rem;
    margin: 0 auto;
    padding: 1.25rem;
    display: grid;
    gap: 1.25rem;
  }
  @media (max-width: 30rem) {
    .page {
      padding: 0.75rem;
      gap: 1rem;
    }
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.75rem;
  }
  header p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .toolbar {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: 1rem 2rem;
    align-items: start;
  }
  .export {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .export p {
    margin: 0;
  }
  .load-status {
    margin: 0;
  }
  .problem {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  .problem p {
    margin: 0;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr));
    gap: 1rem;
  }
  .breakdowns {
    display: grid;
    gap: 1rem;
  }
  section > h2 {
    margin-bottom: 0.75rem;
  }
`;
