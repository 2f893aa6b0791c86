// Entry: load ./aerie-config.json, then mount the app with wagmi (EIP-6963 discovery + injected fallback).
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createConfig, http, WagmiProvider } from "wagmi";
import { injected } from "wagmi/connectors";
import { App, preloadRoute } from "./App";
import { AerieProvider, chainOf } from "./lib/aerie";
import type { AppConfig } from "./lib/configType";
import "./styles.css";

/** The config fetch index.html starts before this module has loaded (absent when a host's CSP blocks inline scripts). */
declare global {
  interface Window {
    __aerieConfigFetch?: Promise<Response>;
  }
}

async function start(): Promise<void> {
  preloadRoute();
  const root = createRoot(document.getElementById("root")!);
  let config: AppConfig;
  try {
    const res = await (window.__aerieConfigFetch ?? fetch("./aerie-config.json", { cache: "no-store" }));
    const raw = (await res.json()) as Partial<AppConfig> & Pick<AppConfig, "chainId" | "rpcUrl">;
    config = {
      chainName: `Chain ${raw.chainId}`,
      nodeUrl: "",
      explorerUrl: null,
      fromBlock: "0",
      addresses: null,
      error: null,
      ...raw,
    };
    config.nodeUrl = config.nodeUrl.replace(/\/+$/, "");
  } catch (e) {
    root.render(
      <main className="page" data-testid="config-error">
        <h1>Aerie staking</h1>
        <p role="alert">The app's config ./aerie-config.json could not be read ({String(e)}): serve it next to index.html (see docs/APP.md).</p>
      </main>,
    );
    return;
  }
  if (config.addresses === null) {
    root.render(
      <main className="page" data-testid="config-error">
        <h1>Aerie staking</h1>
        <p role="alert">
          No Aerie deployment is configured for {config.chainName} (chain {config.chainId}): {config.error ?? "no addresses"}. Deploy Aerie, or point the app at an
          address book (docs/APP.md).
        </p>
      </main>,
    );
    return;
  }
  const chain = chainOf(config);
  const wagmi = createConfig({
    chains: [chain],
    connectors: [injected({ shimDisconnect: true })],
    transports: { [chain.id]: http(config.rpcUrl) },
    multiInjectedProviderDiscovery: true,
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
  root.render(
    <StrictMode>
      <WagmiProvider config={wagmi}>
        <QueryClientProvider client={queryClient}>
          <AerieProvider config={config} addresses={config.addresses}>
            <App />
          </AerieProvider>
        </QueryClientProvider>
      </WagmiProvider>
    </StrictMode>,
  );
}

void start();
