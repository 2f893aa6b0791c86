// The shell: header with navigation and wallet, hash routes, pages loaded on demand.
import { lazy, Suspense, useEffect, useState } from "react";
import { WalletBar } from "./components/WalletBar";
import { useWorld } from "./lib/queries";
import { plainSentence } from "./lib/tx";
import { Loading, Notice } from "./lib/ui";
import { OperatorsPage } from "./pages/Operators";

const OperatorPage = lazy(() => import("./pages/Operator"));
const MyStakePage = lazy(() => import("./pages/MyStake"));
const RewardsPage = lazy(() => import("./pages/Rewards"));
const TasksPage = lazy(() => import("./pages/Tasks"));

/** The current hash route, e.g. `["operator", "0x…"]`. */
function useRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, "").split("/").filter(Boolean);
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
