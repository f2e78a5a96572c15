# DeploymentWatch: multi-stage build; the runtime image runs as a non-root user with /data as its volume.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# global.json is left out on purpose: the image's SDK is the pin here, and a feature-band pin would refuse it.
COPY Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/ src/
RUN dotnet publish src/DeploymentWatch/DeploymentWatch.csproj -c Release -o /app --no-self-contained

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY config/ /app/config/
COPY seeds/ /app/seeds/
RUN groupadd --system deploymentwatch \
    && useradd --system --gid deploymentwatch --home-dir /data --shell /usr/sbin/nologin deploymentwatch \
    && mkdir -p /data && chown deploymentwatch:deploymentwatch /data
USER deploymentwatch
# Configuration is mountable (-v ./myconfig:/app/config:ro); state lives in the volume.
VOLUME ["/data"]
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The aspnet image has no curl; point your orchestrator's HTTP probe at GET /healthz on port 8080.
ENTRYPOINT ["dotnet", "/app/deploymentwatch.dll"]
CMD ["run", "--config", "/app/config", "--data", "/data"]
