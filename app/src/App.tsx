// The shell: header with navigation and wallet, hash routes, pages loaded on demand.
import { lazy, Suspense, useEffect, useState } from "react";
import { WalletBar } from "./components/WalletBar";
import { usePrefetchMine, useWorld } from "./lib/queries";
import { plainSentence } from "./lib/tx";
import { Loading, Notice } from "./lib/ui";
import { OperatorsPage } from "./pages/Operators";

/** The pages loaded on demand, by their route's first part. */
const PAGES = {
  operator: () => import("./pages/Operator"),
  stake: () => import("./pages/MyStake"),
  rewards: () => import("./pages/Rewards"),
  tasks: () => import("./pages/Tasks"),
} as const;

const OperatorPage = lazy(PAGES.operator);
const MyStakePage = lazy(PAGES.stake);
const RewardsPage = lazy(PAGES.rewards);
const TasksPage = lazy(PAGES.tasks);

/** The hash route now, e.g. `["operator", "0x…"]`. */
const readRoute = () => window.location.hash.replace(/^#\/?/, "").split("/").filter(Boolean);

/**
 * Starts loading the current route's page chunk (the entry calls it before its config is read, so the chunk does
 * not wait for the config and the first render). The browser caches the module: `lazy` then finds it loaded.
 */
export function preloadRoute(): void {
  const page = readRoute()[0];
  if (page !== undefined && page in PAGES) void PAGES[page as keyof typeof PAGES]().catch(() => undefined);
}

/** The current hash route, e.g. `["operator", "0x…"]`. */
function useRoute(): string[] {
  const read = readRoute;
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const on = () => setRoute(read());
    window.addEventListener("hashchange", on);
    return () => window.removeEventListener("hashchange", on);
  }, []);
  return route;
}

const NAV = [
  { id: "operators", label: "Operators" },
  { id: "stake", label: "My stake" },
  { id: "rewards", label: "Rewards" },
  { id: "tasks", label: "Tasks" },
] as const;

/** A notice when the chain cannot be read (every page needs it); the last good data stays on screen. */
function ChainError() {
  const world = useWorld(false);
  if (!world.error) return null;
  return (
    <Notice tone="error" testid="chain-error">
      Could not read the chain: {plainSentence(world.error, "read").sentence}
    </Notice>
  );
}

/** The app. */
export function App() {
  const route = useRoute();
  const page = route[0] ?? "operators";
  usePrefetchMine(page);
  useEffect(() => {
    const label = page === "operator" ? "Operator" : (NAV.find((n) => n.id === page)?.label ?? "Operators");
    document.title = `${label} · Aerie staking`;
  }, [page]);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">Aerie</span>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.id}>
                <a href={`#/${n.id}`} data-testid={`nav-${n.id}`} aria-current={page === n.id || (n.id === "operators" && page === "operator") ? "page" : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <WalletBar />
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <ChainError />
        <Suspense fallback={<Loading what="the page" />}>
          {page === "operator" && route[1] ? (
            <OperatorPage address={route[1]} />
          ) : page === "stake" ? (
            <MyStakePage />
          ) : page === "rewards" ? (
            <RewardsPage />
          ) : page === "tasks" ? (
            <TasksPage />
          ) : (
            <OperatorsPage />
          )}
        </Suspense>
      </main>
    </>
  );
}
