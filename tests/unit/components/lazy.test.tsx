// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { Component, type ComponentChildren, render as renderOutsideAct } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyComponent } from '../../../components/lazy';

function Hello(props: { name: string }) {
  return <p>Hei, {props.name}</p>;
}

class Catch extends Component<{ children: ComponentChildren }, { error: string | null }> {
  override state = { error: null as string | null };
  override componentDidCatch(error: unknown) {
    this.setState({ error: String(error) });
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error}</p> : this.props.children;
  }
}

describe('lazyComponent', () => {
  afterEach(cleanup);

  it('shows the fallback until the code is in, then the component with its props, and loads once', async () => {
    let loads = 0;
    const LazyHello = lazyComponent(async () => {
      loads += 1;
      return Hello;
    });
    render(<LazyHello name="Kari" fallback={<p>Henter …</p>} />);
    expect(screen.getByText('Henter …')).toBeTruthy();
    expect(await screen.findByText('Hei, Kari')).toBeTruthy();
    cleanup();
    render(<LazyHello name="Ola" />);
    // Once loaded, the component renders at once, without a fallback step.
    expect(screen.getByText('Hei, Ola')).toBeTruthy();
    expect(loads).toBe(1);
  });

  it('renders at once when preloaded before the first render', async () => {
    const LazyHello = lazyComponent(async () => Hello);
    await LazyHello.preload();
    render(<LazyHello name="Per" />);
    expect(screen.getByText('Hei, Per')).toBeTruthy();
  });

  it('hands a chunk that fails to load to the error boundary, never a silent gap', async () => {
    const LazyHello = lazyComponent<{ name: string }>(() => Promise.reject(new Error('chunk gone')));
    render(
      <Catch>
        <LazyHello name="Kari" />
      </Catch>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('chunk gone');
  });

  it('comes in when the code arrives between its first render and its effect (a preload after the first view)', async () => {
    let arrive: (component: typeof Hello) => void = () => undefined;
    const LazyHello = lazyComponent(() => new Promise<typeof Hello>((resolve) => (arrive = resolve)));
    const host = document.createElement('div');
    document.body.append(host);
    // Outside act(), the effect waits for the next frame, as in the browser.
    renderOutsideAct(<LazyHello name="Eva" fallback={<p>Henter …</p>} />, host);
    const preloaded = LazyHello.preload();
    arrive(Hello);
    await preloaded;
    expect(host.textContent).toBe('Henter …');
    await waitFor(() => expect(host.textContent).toBe('Hei, Eva'));
    renderOutsideAct(null, host);
    host.remove();
  });
});
