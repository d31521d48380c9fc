/**
 * One area of the page filled by a remote's exposed component, isolated from the rest: while the remote loads
 * it shows `fallback` (a skeleton of the area's size, so nothing moves when the remote arrives); if the remote
 * cannot be loaded, or throws while rendering, it shows a small "unavailable" notice with a Retry button that
 * really loads the remote again. Used by the shell for its areas and by remotes for slots they host (the
 * catalog's add-to-cart button).
 */
import {
  Component,
  Suspense,
  useCallback,
  useEffect,
  use,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ErrorInfo,
  type ReactNode,
} from 'react';
import {
  loadRemoteModule,
  RemoteUnavailableError,
  remoteOf,
  reportRemoteFailure,
  resetRemote,
} from '@folio/config/web/remotes';
import styles from './RemoteSlot.module.css';

type AnyProps = Record<string, unknown>;
type Loaded = ComponentType<AnyProps>;

/** Components already loaded, by exposed module: a slot mounted later renders at once, without its fallback. */
const loadedComponents = new Map<string, Loaded>();
/** Loads in flight, so two slots of one module share a download. */
const pendingLoads = new Map<string, Promise<Loaded>>();

function loadComponent(id: string): Promise<Loaded> {
  let pending = pendingLoads.get(id);
  if (!pending) {
    pending = loadRemoteModule<{ default?: unknown }>(id).then((mod) => {
      if (typeof mod.default !== 'function' && typeof mod.default !== 'object')
        throw new Error(`${id} has no default export to render`);
      loadedComponents.set(id, mod.default as Loaded);
      return mod.default as Loaded;
    });
    // A slot mounted later (another book page) tries again instead of inheriting this failure.
    pending.catch(() => pendingLoads.delete(id));
    pendingLoads.set(id, pending);
  }
  return pending;
}

/**
 * Hands a slot its component without loading it: the prerenderer's, from each remote's Node build, and the shell's
 * before it hydrates a prerendered page, so the slot renders what the HTML holds.
 */
export function provideRemoteComponent(id: string, component: Loaded): void {
  loadedComponents.set(id, component);
}

/** Loads the module's component now (resolves with nothing if it cannot be loaded: the slot will say so). */
export function preloadRemoteComponent(id: string): Promise<void> {
  return loadComponent(id).then(
    () => undefined,
    () => undefined,
  );
}

const noSubscription = () => () => undefined;

const NEVER = new Promise<never>(() => undefined);

/** Suspends for good: React keeps a suspended boundary's server HTML while hydrating. */
function KeepServerHtml(): ReactNode {
  return use(NEVER);
}

/**
 * True while React renders on the server or hydrates: a slot that was not prerendered shows its fallback then, as
 * the server did, and its component on the next render.
 */
function useHydrating(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
}

/** Forgets every loaded remote component (tests start each case from nothing loaded). */
export function resetRemoteSlots(): void {
  loadedComponents.clear();
  pendingLoads.clear();
}

/**
 * Renders the module's component once loaded, `fallback` until then. Not React.lazy + Suspense: React holds back
 * content that replaces a Suspense fallback for up to 300 ms (its fallback throttle), which delayed every page's
 * main content by that much; a state update shows the remote the moment it arrives.
 */
function RemoteComponent({
  id,
  props,
  fallback,
  prerendered,
  resetKey,
}: {
  id: string;
  props?: AnyProps;
  fallback: ReactNode;
  prerendered: boolean;
  resetKey: unknown;
}) {
  const [loaded, setLoaded] = useState<{ component?: Loaded; error?: unknown }>(() => ({
    component: loadedComponents.get(id),
  }));
  const hydrating = useHydrating();
  // A prerendered slot whose remote could not be loaded before hydration keeps the server's HTML (readable, its
  // links plain links) instead of a notice, until the slot's resetKey (the URL) changes.
  const keptFor = useRef<{ key: unknown } | null>(
    prerendered && hydrating && !loaded.component ? { key: resetKey } : null,
  );
  const keeping = keptFor.current !== null && keptFor.current.key === resetKey;
  // One element for good: a new one (new props) would count as an update to the boundary still holding the
  // server's HTML, and React would then render it afresh, fallback first.
  const [kept] = useState(() => (
    <Suspense fallback={fallback}>
      <KeepServerHtml />
    </Suspense>
  ));
  useEffect(() => {
    if (loaded.component || loaded.error || keeping) return;
    let live = true;
    loadComponent(id).then(
      (component) => live && setLoaded({ component }),
      (error: unknown) => live && setLoaded({ error }),
    );
    return () => {
      live = false;
    };
  }, [id, loaded, keeping]);
  const Remote = loaded.component;
  // The same element while the component and its props stay: `hydrating` turning false right after hydration
  // re-renders this slot (at once, in one task), and React then stops here instead of rendering the remote's whole
  // page again.
  const remote = useMemo(
    () =>
      Remote && (
        // For a remote whose own code suspends (its lazy parts): same fallback.
        <Suspense fallback={fallback}>
          <Remote {...props} />
        </Suspense>
      ),
    [Remote, props, fallback],
  );
  if (keeping) return kept;
  // The boundary around the slot shows the "unavailable" notice.
  if (loaded.error) throw loaded.error;
  if (!remote || (hydrating && !prerendered)) return <>{fallback}</>;
  return remote;
}

export interface RemoteSlotProps<P extends object> {
  /** Exposed module whose default export is rendered, e.g. `cart-checkout/MiniCart`. */
  id: string;
  /** Props for the remote component. */
  props?: P;
  /** Shown while the remote loads: keep it the size of what the remote renders. */
  fallback: ReactNode;
  /** What the area is, for the notice: "The catalog", "Your cart". */
  label: string;
  /** 'inline' for small slots (header, buttons), 'area' for page areas. */
  variant?: 'inline' | 'area';
  /** A change (e.g. the URL) retries an area that failed. */
  resetKey?: unknown;
  /**
   * The slot is in prerendered HTML (the page's main area): it renders its component on the server and while
   * hydrating. Other slots (per-user ones: cart, account, add to cart) show their fallback until hydrated.
   */
  prerendered?: boolean;
}

export function RemoteSlot<P extends object>({
  id,
  props,
  fallback,
  label,
  variant = 'area',
  resetKey,
  prerendered = false,
}: RemoteSlotProps<P>) {
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    loadedComponents.delete(id);
    pendingLoads.delete(id);
    resetRemote(remoteOf(id));
    setAttempt((n) => n + 1);
  }, [id]);
  return (
    <SlotBoundary key={attempt} resetKey={resetKey} onRetry={retry} label={label} variant={variant} id={id}>
      <RemoteComponent
        key={id}
        id={id}
        props={props as AnyProps | undefined}
        fallback={fallback}
        prerendered={prerendered}
        resetKey={resetKey}
      />
    </SlotBoundary>
  );
}

interface BoundaryProps {
  id: string;
  label: string;
  variant: 'inline' | 'area';
  resetKey: unknown;
  onRetry(): void;
  children: ReactNode;
}

class SlotBoundary extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // The notice is for customers; the cause is for developers.
    console.warn(`[folio] ${this.props.id} failed:`, error, info.componentStack ?? '');
    // A load failure was reported where it happened (loadRemoteModule); this one is the remote's render.
    if (!(error instanceof RemoteUnavailableError)) reportRemoteFailure(remoteOf(this.props.id), 'render');
  }

  componentDidUpdate(previous: BoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.props.onRetry();
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <RemoteUnavailable label={this.props.label} variant={this.props.variant} onRetry={this.props.onRetry} />;
  }
}

export function RemoteUnavailable({
  label,
  variant,
  onRetry,
}: {
  label: string;
  variant: 'inline' | 'area';
  onRetry(): void;
}) {
  if (variant === 'inline') {
    return (
      <span className={styles.inline} role="status">
        <span>{label} unavailable</span>
        <button
          type="button"
          className={styles.inlineRetry}
          onClick={onRetry}
          aria-label={`Retry loading ${label.toLowerCase()}`}
        >
          Retry
        </button>
      </span>
    );
  }
  return (
    <div className={styles.area} role="status">
      <p className={styles.title}>{label} is unavailable right now.</p>
      <p className={styles.detail}>The rest of the store still works. Try again in a moment.</p>
      <button type="button" className={styles.retry} onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
